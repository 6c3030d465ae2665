/** Catches a rendering error so one broken view does not blank the whole window. */
import { Component, type ReactNode } from 'react';
import { exportJson } from '../features/settings/workspace-file';

interface State {
  error: Error | null;
}

export class ErrorBoundary extends Component<{ children: ReactNode }, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  override render() {
    if (!this.state.error) return this.props.children;
    return (
      <main className="failure" role="alert">
        <h1>Something went wrong on this screen</h1>
        <p>Your saved work is safe: every change is stored as you make it.</p>
        <pre className="failure__detail">{this.state.error.message}</pre>
        <div className="toolbar toolbar--center">
          <button type="button" className="button button--primary" onClick={() => window.location.reload()}>
            Reload
          </button>
          <button type="button" className="button" onClick={() => void exportJson()}>
            Export workspace (JSON)…
          </button>
        </div>
      </main>
    );
  }
}
