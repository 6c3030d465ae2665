// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { handleShortcut } from '../../../renderer/app/useCommands';

function key(init: KeyboardEventInit, target: EventTarget = document.body) {
  const event = new KeyboardEvent('keydown', { bubbles: true, ...init });
  Object.defineProperty(event, 'target', { value: target });
  return event;
}

describe('keyboard shortcuts', () => {
  it('maps undo, redo, views and new item', () => {
    expect(handleShortcut(key({ key: 'z', ctrlKey: true }))).toBe('undo');
    expect(handleShortcut(key({ key: 'Z', metaKey: true, shiftKey: true }))).toBe('redo');
    expect(handleShortcut(key({ key: 'y', ctrlKey: true }))).toBe('redo');
    expect(handleShortcut(key({ key: '9', code: 'Digit9', altKey: true }))).toBe('view:settings');
    expect(handleShortcut(key({ key: '1', code: 'Digit1', altKey: true }))).toBe('view:board');
    expect(handleShortcut(key({ key: '2', code: 'Digit2', altKey: true }))).toBe('view:timeline');
    expect(handleShortcut(key({ key: '3', code: 'Digit3', altKey: true }))).toBe('view:launches');
    expect(handleShortcut(key({ key: 'n' }))).toBe('new-item');
    expect(handleShortcut(key({ key: 'x' }))).toBeNull();
  });

  it('leaves typing alone: Ctrl+Z and N inside a text field are the field’s own', () => {
    const input = document.createElement('input');
    expect(handleShortcut(key({ key: 'z', ctrlKey: true }, input))).toBeNull();
    expect(handleShortcut(key({ key: 'n' }, input))).toBeNull();
    const checkbox = Object.assign(document.createElement('input'), { type: 'checkbox' });
    expect(handleShortcut(key({ key: 'z', ctrlKey: true }, checkbox))).toBe('undo');
  });
});
