/** First run: start from a realistic sample portfolio or from an empty workspace. */
import { toDay } from '../../shared/dates/days';
import { defaultPlaybooks } from '../../shared/domain/playbooks/defaults';
import { defaultSettings } from '../../shared/domain/settings/defaults';
import { sampleWorkspace } from '../../shared/sample/sample';
import { countRecords, emptyTables, isInitialised, type Workspace } from '../../shared/domain/workspace';
import { replaceWorkspace } from '../../shared/formats/workspace-json';
import { commit } from '../state/changes';
import { useDocument } from '../state/document';
import { showToast } from '../state/window';

async function start(build: () => Workspace, label: string) {
  const current = useDocument.getState().workspace;
  // Never replace records: if any exist by now (created in another window), open them instead.
  if (countRecords(current) > 0) {
    if (isInitialised(current)) useDocument.setState({ phase: 'ready' });
    showToast({
      tone: 'info',
      message: 'This workspace already has records (added in another window); nothing was replaced.',
    });
    return;
  }
  const change = replaceWorkspace(current, build(), label);
  // The starting point is not an undo step: undoing it would leave no workspace at all.
  const saved = await commit(change, { undoable: false });
  if (saved) useDocument.setState({ phase: 'ready' });
}

function emptyWorkspace(): Workspace {
  const ws = emptyTables();
  ws.settings.workspace = defaultSettings();
  for (const playbook of defaultPlaybooks()) ws.playbooks[playbook.id] = playbook;
  return ws;
}

export function FirstRun() {
  return (
    <main className="first-run" aria-labelledby="first-run-title">
      <div className="first-run__card">
        <p className="first-run__brand">Launch Control</p>
        <h1 id="first-run-title">Are we ready — where, and by when?</h1>
        <p>
          Plan betas, launches and regional rollouts, track readiness and go/no-go, and share readiness
          briefs. Everything stays on this computer and works offline.
        </p>
        <div className="first-run__choices">
          <button
            type="button"
            className="button button--primary button--large"
            onClick={() =>
              void start(
                () => sampleWorkspace(toDay(new Date()), new Date().toISOString()),
                'Create the sample workspace',
              )
            }
          >
            Start with the sample workspace
          </button>
          <button
            type="button"
            className="button button--large"
            onClick={() => void start(emptyWorkspace, 'Create an empty workspace')}
          >
            Start empty
          </button>
        </div>
        <p className="muted">
          The sample has four launches with betas, regional rollouts, readiness checklists, blackout windows
          and feedback, dated around today. You can delete it at any time.
        </p>
      </div>
    </main>
  );
}
