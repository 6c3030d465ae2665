/**
 * The command palette's search and results (cmdk), loaded when the palette first opens.
 * Choosing a command runs it; choosing a launch item opens its launch page.
 */
import { Command as Cmdk } from 'cmdk';
import { useDeferredValue, useEffect, useMemo, useRef, useState } from 'react';
import { formatDay } from '../../shared/dates/days';
import { KIND_LABELS } from '../../shared/domain/primitives';
import { useDocument } from '../state/document';
import { useToday } from '../state/useToday';
import { openLaunchPage } from '../state/window';
import { COMMANDS, currentScope, type Command, type CommandScope } from './commands';
import { keyLabel } from './keyboard';
import { LaunchSearch, searchPalette, type PaletteResults } from './palette-search';

/** Every command but the palette itself, which is already open. */
const LISTED = COMMANDS.filter((c) => c.id !== 'palette');

export default function PaletteBody({
  close,
  initialQuery = '',
  submitOnLoad = false,
}: {
  close: () => void;
  initialQuery?: string;
  /** Enter was pressed before the body loaded: run the best match for `initialQuery` at once. */
  submitOnLoad?: boolean;
}) {
  const [query, setQuery] = useState(initialQuery);
  const input = useRef<HTMLInputElement>(null);
  // Loaded after the dialog opened: take the focus (the dialog focuses the field when the
  // body was already loaded).
  useEffect(() => {
    const field = input.current;
    field?.focus();
    field?.setSelectionRange(field.value.length, field.value.length); // go on typing at the end
  }, []);
  const items = useDocument((s) => s.workspace.items);
  const today = useToday();
  const scope = useMemo(() => currentScope(document.body), []);
  const launches = useMemo(() => new LaunchSearch(Object.values(items)), [items]);
  // Typing stays responsive: the results follow a moment behind when a search is slow.
  const searched = useDeferredValue(query);
  const results = useMemo(
    () => searchPalette(searched, LISTED, launches, today),
    [searched, launches, today],
  );
  // The best match that can run is the active one, so Enter runs it (cmdk filters nothing
  // itself here, and never selects a disabled item).
  const first = bestMatch(results, scope);
  const [active, setActive] = useState(first);
  const [lastFirst, setLastFirst] = useState(first);
  if (first !== lastFirst) {
    setLastFirst(first);
    setActive(first);
  }
  const runCommand = (command: Command) => {
    close();
    const now = currentScope(document.body);
    if (command.when(now)) command.run(now);
  };
  const openItem = (id: string) => {
    close();
    openLaunchPage(id);
  };
  /** Runs the best match for `typed` now (Enter before the list showed it). */
  const runBest = (typed: string) => {
    const best = bestMatch(searchPalette(typed, LISTED, launches, today), scope);
    const command = LISTED.find((c) => `command:${c.id}` === best);
    if (command) runCommand(command);
    else if (best.startsWith('item:')) openItem(best.slice('item:'.length));
  };
  // Enter pressed in the stand-in field while this chunk loaded: run what was typed.
  const submitted = useRef(submitOnLoad);
  useEffect(() => {
    if (!submitted.current) return;
    submitted.current = false;
    runBest(initialQuery);
    // Once, on the first commit: for the query typed before this body was there.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  return (
    <Cmdk
      label="Command palette"
      shouldFilter={false}
      loop
      value={active}
      onValueChange={setActive}
      onKeyDown={(event) => {
        // The list follows the typing a moment behind (deferred): until it has caught up, the
        // item marked active is the best match of an earlier, shorter query. Enter then runs the
        // best match for what is typed, as it would a moment later; cmdk leaves a handled key.
        if (event.key !== 'Enter' || event.nativeEvent.isComposing || searched === query) return;
        event.preventDefault();
        runBest(query);
      }}
      className="palette__root"
    >
      <Cmdk.Input
        ref={input}
        value={query}
        onValueChange={setQuery}
        placeholder="Type a command or a launch item…"
        className="palette__input"
      />
      <Cmdk.List className="palette__list">
        <Cmdk.Empty className="palette__empty">Nothing matches “{query}”.</Cmdk.Empty>
        {results.commands.length > 0 && (
          <Cmdk.Group heading="Commands" className="palette__group">
            {results.commands.map((command) => (
              <Cmdk.Item
                key={command.id}
                value={`command:${command.id}`}
                disabled={!command.when(scope)}
                onSelect={() => runCommand(command)}
                className="palette__item"
              >
                <span className="palette__label">
                  <span className="palette__group-name">{command.group}:</span> {command.label}
                </span>
                {command.keys.length > 0 && <kbd className="palette__keys">{keyLabel(command)}</kbd>}
              </Cmdk.Item>
            ))}
          </Cmdk.Group>
        )}
        {results.launches.length > 0 && (
          <Cmdk.Group heading={query.trim() ? 'Launch items' : 'Coming up'} className="palette__group">
            {results.launches.map((item) => (
              <Cmdk.Item
                key={item.id}
                value={`item:${item.id}`}
                onSelect={() => openItem(item.id)}
                className="palette__item"
              >
                <span className="palette__label">{item.title}</span>
                <span className="palette__meta">
                  {KIND_LABELS[item.kind]}
                  {item.launchDate ? ` · ${formatDay(item.launchDate)}` : ''}
                  {item.archived ? ' · archived' : ''}
                </span>
              </Cmdk.Item>
            ))}
          </Cmdk.Group>
        )}
      </Cmdk.List>
    </Cmdk>
  );
}

/** The value (cmdk's) of the best match that can run: a command, else the first launch item. */
function bestMatch(results: PaletteResults, scope: CommandScope): string {
  const runnable = results.commands.find((c) => c.when(scope));
  if (runnable) return `command:${runnable.id}`;
  return results.launches[0] ? `item:${results.launches[0].id}` : '';
}
