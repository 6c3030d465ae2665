// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest';
import { COMMANDS, runCommand } from '../../../renderer/app/commands';
import { commandForKey, keyClashes, matchesKey, unknownModifiers } from '../../../renderer/app/keyboard';
import { LaunchSearch, searchPalette } from '../../../renderer/app/palette-search';
import { initialDocument, useDocument } from '../../../renderer/state/document';
import { initialWindow, useWindow } from '../../../renderer/state/window';
import { sample } from '../../fixtures/workspace';

function key(init: KeyboardEventInit, target: EventTarget = document.body) {
  const event = new KeyboardEvent('keydown', { bubbles: true, ...init });
  Object.defineProperty(event, 'target', { value: target });
  return event;
}
const idFor = (init: KeyboardEventInit, target?: EventTarget) => commandForKey(key(init, target))?.id ?? null;

describe('the command registry', () => {
  it('gives no key to two commands', () => {
    expect(keyClashes(COMMANDS)).toEqual([]);
  });

  it('catches a clash if one is introduced, however the key is written', () => {
    const withClash = [...COMMANDS, { id: 'clash', keys: ['shift+mod+z'] }];
    expect(keyClashes(withClash)).toEqual(['shift+mod+z: redo and clash']);
  });

  it('writes every key with known modifiers only, so none is silently a bare key', () => {
    expect(COMMANDS.flatMap((c) => unknownModifiers(c.keys))).toEqual([]);
    expect(unknownModifiers(['Ctrl+Z', 'Mod+Z', 'Cmd+Shift+P'])).toEqual(['Ctrl+Z', 'Cmd+Shift+P']);
  });

  it('maps keys to undo, redo, views, new item and the palette', () => {
    expect(idFor({ key: 'z', ctrlKey: true })).toBe('undo');
    expect(idFor({ key: 'Z', metaKey: true, shiftKey: true })).toBe('redo');
    expect(idFor({ key: 'y', ctrlKey: true })).toBe('redo');
    expect(idFor({ key: '9', code: 'Digit9', altKey: true })).toBe('view:settings');
    expect(idFor({ key: '¡', code: 'Digit1', altKey: true })).toBe('view:board');
    expect(idFor({ key: '2', code: 'Digit2', altKey: true })).toBe('view:timeline');
    expect(idFor({ key: '3', code: 'Digit3', altKey: true })).toBe('view:launches');
    expect(idFor({ key: 'n' })).toBe('new-item');
    expect(idFor({ key: 'k', ctrlKey: true })).toBe('palette');
    expect(idFor({ key: 'k', metaKey: true })).toBe('palette');
    expect(idFor({ key: 'x' })).toBeNull();
    expect(idFor({ key: 'N', shiftKey: true })).toBe('new-item'); // a lone letter ignores Shift
    expect(idFor({ key: 'n', ctrlKey: true })).toBe('new-item');
    expect(idFor({ key: 'z', ctrlKey: true, altKey: true })).toBeNull();
  });

  it('leaves typing alone: Ctrl+Z and N inside a text field are the field’s own', () => {
    const input = document.createElement('input');
    expect(idFor({ key: 'z', ctrlKey: true }, input)).toBeNull();
    expect(idFor({ key: 'n' }, input)).toBeNull();
    expect(idFor({ key: 'k', ctrlKey: true }, input)).toBe('palette');
    expect(idFor({ key: '2', code: 'Digit2', altKey: true }, input)).toBe('view:timeline');
    expect(idFor({ key: 'n', ctrlKey: true }, input)).toBe('new-item');
    expect(idFor({ key: 'o', ctrlKey: true }, input)).toBe('import-json');
    const checkbox = Object.assign(document.createElement('input'), { type: 'checkbox' });
    expect(idFor({ key: 'z', ctrlKey: true }, checkbox)).toBe('undo');
  });

  it('leaves lone letters to an open dialog, but not keys with a modifier', () => {
    const dialog = document.createElement('dialog');
    dialog.setAttribute('open', '');
    document.body.append(dialog);
    try {
      expect(idFor({ key: 'n' })).toBeNull();
      expect(idFor({ key: 'n', metaKey: true })).toBe('new-item');
    } finally {
      dialog.remove();
    }
  });

  it('matches modifiers exactly', () => {
    expect(matchesKey(key({ key: 'z', ctrlKey: true, altKey: true }), 'Mod+Z')).toBe(false);
    expect(matchesKey(key({ key: 'z', ctrlKey: true, shiftKey: true }), 'Mod+Z')).toBe(false);
    expect(matchesKey(key({ key: ',', metaKey: true }), 'Mod+,')).toBe(true);
  });

  describe('running', () => {
    beforeEach(() => {
      useDocument.setState({ ...initialDocument, workspace: sample(), phase: 'ready' }, true);
      useWindow.setState(initialWindow, true);
    });

    it('runs a view command and the palette command', () => {
      expect(runCommand('view:timeline')).toBe(true);
      expect(useWindow.getState().view).toBe('timeline');
      expect(runCommand('palette')).toBe(true);
      expect(useWindow.getState().paletteOpen).toBe(true);
    });

    it('does not open the feedback capture over a dialog (nor afresh over itself)', () => {
      const scope = { canUndo: false, canRedo: false, modalOpen: true, textEntry: true };
      expect(runCommand('feedback:capture', scope)).toBe(false);
      expect(runCommand('feedback:capture', { ...scope, modalOpen: false })).toBe(true);
    });

    it('does not run what cannot run now', () => {
      expect(runCommand('undo')).toBe(false); // nothing to undo
      useDocument.setState({ phase: 'loading' });
      expect(runCommand('view:settings')).toBe(false);
      expect(useWindow.getState().view).toBe('board');
    });
  });
});

describe('the command palette search', () => {
  const items = Object.values(sample().items);
  const TODAY = '2026-11-26';
  const search = (query: string, list = items) =>
    searchPalette(query, COMMANDS, new LaunchSearch(list), TODAY);

  it('finds the timeline command by name', () => {
    expect(search('timeline').commands[0]!.id).toBe('view:timeline');
  });

  it('finds a launch by part of its title, fuzzily', () => {
    const target = items.find((i) => i.kind === 'launch')!;
    const word = target.title.split(' ')[0]!;
    expect(search(word.slice(0, 4)).launches.map((i) => i.id)).toContain(target.id);
    expect(search('qqqzzzxxx')).toEqual({ commands: [], launches: [] });
  });

  it('lists at most thirty launch items however many match', () => {
    const many = Array.from({ length: 500 }, (_, n) => ({
      ...items[0]!,
      id: `x${n}`,
      title: `Rollout ${n}`,
    }));
    expect(search('rollout', many).launches).toHaveLength(30);
  });

  it('narrows as the query grows, finding exactly what a fresh search finds', () => {
    const launches = new LaunchSearch(items);
    for (const query of ['p', 'pa', 'pay', 'paym', 'payment l']) {
      const narrowed = launches.search(query).map((i) => i.id);
      expect(narrowed).toEqual(new LaunchSearch(items).search(query).map((i) => i.id));
    }
    // A query that is not a continuation searches everything again.
    expect(launches.search('team').map((i) => i.id)).toEqual(
      new LaunchSearch(items).search('team').map((i) => i.id),
    );
    expect(launches.search('team').length).toBeGreaterThan(0);
  });

  it('lists the launches coming up from today when nothing is typed, soonest first', () => {
    const upcoming = search('').launches;
    expect(upcoming.length).toBeGreaterThan(0);
    expect(upcoming.every((i) => i.launchDate! >= TODAY && !i.archived)).toBe(true);
    const days = upcoming.map((i) => i.launchDate!);
    expect(days).toEqual([...days].sort());
    expect(items.some((i) => i.launchDate && i.launchDate < TODAY)).toBe(true); // past ones exist, and are left out
  });
});
