/** The top of a view: its title, a toolbar ending in the view's main action, and a summary line. */
import type { ReactNode } from 'react';
import './ViewHeader.css';

interface ViewHeaderProps {
  /** The id of the title, which labels the view. */
  id: string;
  title: string;
  /** Toolbar controls (search, filters), before the main action. */
  children?: ReactNode;
  /** The view's main action, a primary button at the end of the toolbar. */
  action?: { label: string; onClick: () => void };
  /** A line below the header, read out when it changes. */
  summary?: ReactNode;
}

export function ViewHeader({ id, title, children, action, summary }: ViewHeaderProps) {
  return (
    <>
      <header className="view__header">
        <h1 id={id}>{title}</h1>
        {(children || action) && (
          <div className="toolbar">
            {children}
            {action && (
              <button type="button" className="button button--primary" onClick={action.onClick}>
                {action.label}
              </button>
            )}
          </div>
        )}
      </header>
      {summary !== undefined && (
        <p className="view__summary" role="status">
          {summary}
        </p>
      )}
    </>
  );
}

/** "13 launch items", or while a filter is on, "Showing 2 of 13 launch items". */
export function countSummary(shown: number, total: number, filtered: boolean, noun = 'launch items') {
  const count = (n: number) => n.toLocaleString('en-US');
  return filtered ? `Showing ${count(shown)} of ${count(total)} ${noun}` : `${count(total)} ${noun}`;
}
