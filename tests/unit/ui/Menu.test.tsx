// @vitest-environment jsdom
import '@testing-library/jest-dom/vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Menu } from '../../../renderer/ui/Menu';

afterEach(cleanup);

function setup() {
  const rename = vi.fn();
  const moveRight = vi.fn();
  const onParentKey = vi.fn();
  render(
    <div onKeyDown={onParentKey}>
      <Menu
        buttonLabel="Actions for the Beta stage"
        label="Beta stage"
        items={[
          { label: 'Rename…', onSelect: rename },
          { label: 'Move left', onSelect: vi.fn(), disabled: true },
          { label: 'Move right', onSelect: moveRight },
          { label: 'Remove…', onSelect: vi.fn() },
        ]}
      />
      <p>Elsewhere</p>
    </div>,
  );
  const button = screen.getByRole('button', { name: 'Actions for the Beta stage' });
  return { button, rename, moveRight, onParentKey };
}
const item = (name: string) => screen.getByRole('menuitem', { name });

describe('Menu', () => {
  it('is closed at first, and its button opens it with the first action focused', () => {
    const { button } = setup();
    expect(screen.queryByRole('menu')).toBeNull();
    expect(button).toHaveAttribute('aria-expanded', 'false');
    fireEvent.click(button);
    expect(screen.getByRole('menu', { name: 'Beta stage' })).toBeVisible();
    expect(button).toHaveAttribute('aria-expanded', 'true');
    expect(item('Rename…')).toHaveFocus();
    expect(item('Move left')).toBeDisabled();
  });

  it('moves with the arrow keys over enabled actions, wrapping at both ends', () => {
    const { button } = setup();
    fireEvent.click(button);
    const menu = screen.getByRole('menu');
    fireEvent.keyDown(menu, { key: 'ArrowDown' });
    expect(item('Move right')).toHaveFocus(); // the disabled "Move left" is skipped
    fireEvent.keyDown(menu, { key: 'ArrowDown' });
    expect(item('Remove…')).toHaveFocus();
    fireEvent.keyDown(menu, { key: 'ArrowDown' });
    expect(item('Rename…')).toHaveFocus();
    fireEvent.keyDown(menu, { key: 'ArrowUp' });
    expect(item('Remove…')).toHaveFocus();
  });

  it('closes on Escape, gives focus back to its button and keeps the key to itself', () => {
    const { button, onParentKey } = setup();
    fireEvent.click(button);
    fireEvent.keyDown(screen.getByRole('menu'), { key: 'Escape' });
    expect(screen.queryByRole('menu')).toBeNull();
    expect(button).toHaveFocus();
    expect(onParentKey).not.toHaveBeenCalledWith(expect.objectContaining({ key: 'Escape' }));
  });

  it('runs the chosen action and closes', () => {
    const { button, moveRight, rename } = setup();
    fireEvent.click(button);
    fireEvent.click(item('Move right'));
    expect(moveRight).toHaveBeenCalledTimes(1);
    expect(rename).not.toHaveBeenCalled();
    expect(screen.queryByRole('menu')).toBeNull();
  });

  it('closes on a click outside, but not on a click inside', () => {
    const { button } = setup();
    fireEvent.click(button);
    fireEvent.mouseDown(screen.getByRole('menu'));
    expect(screen.getByRole('menu')).toBeVisible();
    fireEvent.mouseDown(screen.getByText('Elsewhere'));
    expect(screen.queryByRole('menu')).toBeNull();
  });

  it('its button closes it again', () => {
    const { button } = setup();
    fireEvent.click(button);
    fireEvent.click(button);
    expect(screen.queryByRole('menu')).toBeNull();
  });
});
