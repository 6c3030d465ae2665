// @vitest-environment jsdom
/**
 * The keyboard keeps its place in a beta's exit criteria: a criterion moved keeps the focus on
 * its button (on the other one once it reached the end), and Remove hands the focus to the
 * next criterion's Remove, or to the new-criterion field once none is left.
 */
import '@testing-library/jest-dom/vitest';
import { act, cleanup, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ExitCriteria } from '../../../renderer/features/launches/ExitCriteria';
import { connectSession } from '../../../renderer/state/changes';
import { initialDocument, useDocument } from '../../../renderer/state/document';
import { useStorage } from '../../../renderer/state/storage';
import { initialWindow, useWindow } from '../../../renderer/state/window';
import { criterion } from '../../fixtures/betas';
import { add, item } from '../../fixtures/records';
import { baseWorkspace } from '../../fixtures/workspace';

beforeEach(() => {
  useWindow.setState(initialWindow, true);
  useStorage.setState({ status: 'ok' });
  connectSession({ persist: async () => undefined, broadcast: () => undefined });
  const ws = add(
    add(baseWorkspace(), 'items', item('b', { kind: 'beta', stageId: 'beta' })),
    'exitCriteria',
    criterion('c1', 'b', { title: 'First', rank: 'a1' }),
    criterion('c2', 'b', { title: 'Second', rank: 'a2' }),
  );
  useDocument.setState({ ...initialDocument, workspace: ws, phase: 'ready' }, true);
  render(<ExitCriteria betaId="b" gateOn={false} />);
});
afterEach(() => {
  cleanup();
  connectSession(null);
});

const button = (name: string) => screen.getByRole('button', { name });
const press = async (name: string) => {
  button(name).focus();
  await act(async () => button(name).click());
};
const titles = () => screen.getAllByRole('listitem').map((li) => li.querySelector('span')!.textContent);

describe('ExitCriteria focus', () => {
  it('keeps the focus on a moved criterion, on its other button at the end of the list', async () => {
    await press('Move First down');
    expect(titles()).toEqual(['Second', 'First']);
    await waitFor(() => expect(button('Move First up')).toHaveFocus());
    await press('Move First up');
    expect(titles()).toEqual(['First', 'Second']);
    await waitFor(() => expect(button('Move First down')).toHaveFocus());
  });

  it('hands the focus on after Remove: the next criterion, the one before, then the add field', async () => {
    await press('Remove First');
    await waitFor(() => expect(button('Remove Second')).toHaveFocus());
    await press('Remove Second');
    await waitFor(() => expect(screen.getByRole('textbox', { name: 'New exit criterion' })).toHaveFocus());
  });
});
