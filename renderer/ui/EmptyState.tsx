/** What a view shows in place of its content when there is none: why, and what to do. */
import type { ReactNode } from 'react';
import './EmptyState.css';

interface EmptyStateProps {
  title: string;
  children: ReactNode;
  action: { label: string; onClick: () => void; primary?: boolean };
}

export function EmptyState({ title, children, action }: EmptyStateProps) {
  return (
    <div className="empty">
      <h2>{title}</h2>
      <p>{children}</p>
      <button
        type="button"
        className={action.primary ? 'button button--primary' : 'button'}
        onClick={action.onClick}
      >
        {action.label}
      </button>
    </div>
  );
}
