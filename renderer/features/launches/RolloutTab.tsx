/**
 * The launch page's Rollout tab. On a launch: its regional rollout plan (RolloutPlan.tsx),
 * then its betas. On any other item: the items whose parent it is. Each child row shows kind,
 * regions, dates, stage, health, readiness and the required sign-offs still open — and links
 * to its own page. Rows come from the rollout read model (shared/views/launch-page.ts).
 */
import { formatShortDay, tMinusLabel, type Day } from '../../../shared/dates/days';
import { countOf } from '../../../shared/domain/text';
import type { RolloutRow } from '../../../shared/views/launch-page';
import type { LaunchItem } from '../../../shared/domain/items/schema';
import { openEditor, openLaunchPage } from '../../state/window';
import { HealthBadge, KindBadge } from '../../ui/badges';
import { RolloutPlan } from './RolloutPlan';

interface RolloutTabProps {
  /** The launch whose betas and waves these are. */
  parent: LaunchItem;
  rows: readonly RolloutRow[];
  today: Day;
}

/** A new beta or wave of `parent` in the side panel, its kind, parent, tier and regions set. */
function addChild(parent: LaunchItem, kind: 'beta' | 'rollout') {
  openEditor({
    mode: 'create',
    fields: {
      kind,
      parentId: parent.id,
      tier: parent.tier,
      regions: parent.regions,
      productArea: parent.productArea,
    },
  });
}

function AddButtons({ parent, waves = true }: { parent: LaunchItem; waves?: boolean }) {
  return (
    <div className="launch-page__actions">
      <button type="button" className="button" onClick={() => addChild(parent, 'beta')}>
        New beta
      </button>
      {waves && (
        <button type="button" className="button" onClick={() => addChild(parent, 'rollout')}>
          New rollout wave
        </button>
      )}
    </div>
  );
}

export function RolloutTab({ parent, rows, today }: RolloutTabProps) {
  if (parent.kind === 'launch') {
    // The waves are the plan's; what else belongs to the launch (its betas) is listed beneath.
    const others = rows.filter(({ row }) => row.item.kind !== 'rollout');
    return (
      <>
        <RolloutPlan launch={parent} today={today} />
        <section className="rollout-betas" aria-labelledby="rollout-betas-title">
          <h2 id="rollout-betas-title" className="rollout-plan__title">
            Betas
          </h2>
          {others.length === 0 ? (
            <p className="muted">
              No betas yet. A beta belongs to this launch when its <strong>Parent launch</strong> is set to
              it.
            </p>
          ) : (
            <ChildTable rows={others} today={today} caption="Betas" />
          )}
          <AddButtons parent={parent} waves={false} />
        </section>
      </>
    );
  }
  if (rows.length === 0)
    return (
      <div className="launch-empty">
        <h2>No betas or rollout waves yet</h2>
        <p>
          A beta or a regional rollout wave belongs to this launch when its <strong>Parent launch</strong> is
          set to it. Add one here, or set the parent of an existing beta or rollout in its editor.
        </p>
        <AddButtons parent={parent} />
      </div>
    );
  return (
    <>
      <ChildTable rows={rows} today={today} caption="Betas and rollout waves" />
      <AddButtons parent={parent} />
    </>
  );
}

function ChildTable({ rows, today, caption }: { rows: readonly RolloutRow[]; today: Day; caption: string }) {
  return (
    <table className="table launch-table">
      <caption className="visually-hidden">{caption}</caption>
      <thead>
        <tr>
          <th scope="col">Item</th>
          <th scope="col">Regions</th>
          <th scope="col">Dates</th>
          <th scope="col">Stage</th>
          <th scope="col">Health</th>
          <th scope="col">Readiness</th>
          <th scope="col">Open sign-offs</th>
        </tr>
      </thead>
      <tbody>
        {rows.map(({ row, openSignOffs }) => {
          const { item, progress, health } = row;
          return (
            <tr key={item.id}>
              <td className="launch-table__item">
                <KindBadge kind={item.kind} />{' '}
                <a
                  href={`#/launch/${encodeURIComponent(item.id)}`}
                  className="link-button"
                  onClick={(event) => {
                    // A plain click goes through the window store (it asks about unsaved edits).
                    if (event.ctrlKey || event.metaKey || event.shiftKey) return;
                    event.preventDefault();
                    openLaunchPage(item.id);
                  }}
                >
                  {item.title}
                </a>
              </td>
              <td>{item.regions.length ? item.regions.join(' · ') : <span className="muted">None</span>}</td>
              <td>
                <span className="launch-table__dates">
                  {item.startDate ? formatShortDay(item.startDate) : '…'} →{' '}
                  {item.launchDate ? formatShortDay(item.launchDate) : 'no launch date'}
                  {item.launchDate && <span className="tminus">{tMinusLabel(item.launchDate, today)}</span>}
                </span>
                {item.endDate && <span className="table__meta">Ends {formatShortDay(item.endDate)}</span>}
              </td>
              <td>{row.stageName}</td>
              <td>
                <HealthBadge health={health.health} reasons={health.reasons} overridden={health.overridden} />
              </td>
              <td>
                {progress.total ? (
                  `${progress.done}/${progress.total} done`
                ) : (
                  <span className="muted">No checklist</span>
                )}
              </td>
              <td>
                {openSignOffs.length === 0 ? (
                  <span className="muted">None open</span>
                ) : (
                  <span title={openSignOffs.map((r) => r.title).join('\n')}>
                    {countOf(openSignOffs.length, 'open sign-off')}
                  </span>
                )}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
