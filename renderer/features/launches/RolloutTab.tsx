/**
 * The launch page's Rollout tab: the item's betas and regional rollout waves (items whose
 * parent is this one), each with kind, regions, dates, stage, health, readiness and the
 * required sign-offs still open — and a link to its own page. Rows come from the rollout read
 * model (shared/views/launch-page.ts).
 */
import { formatShortDay, tMinusLabel, type Day } from '../../../shared/dates/days';
import { countOf } from '../../../shared/domain/text';
import type { RolloutRow } from '../../../shared/views/launch-page';
import type { LaunchItem } from '../../../shared/domain/items/schema';
import { openEditor, openLaunchPage } from '../../state/window';
import { HealthBadge, KindBadge } from '../../ui/badges';

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

function AddButtons({ parent }: { parent: LaunchItem }) {
  return (
    <div className="launch-page__actions">
      <button type="button" className="button" onClick={() => addChild(parent, 'beta')}>
        New beta
      </button>
      <button type="button" className="button" onClick={() => addChild(parent, 'rollout')}>
        New rollout wave
      </button>
    </div>
  );
}

export function RolloutTab({ parent, rows, today }: RolloutTabProps) {
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
      <table className="table launch-table">
        <caption className="visually-hidden">Betas and rollout waves</caption>
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
                <td>
                  {item.regions.length ? item.regions.join(' · ') : <span className="muted">None</span>}
                </td>
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
                  <HealthBadge
                    health={health.health}
                    reasons={health.reasons}
                    overridden={health.overridden}
                  />
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
      <AddButtons parent={parent} />
    </>
  );
}
