// @vitest-environment jsdom
/**
 * The checklist stays quick with hundreds of lines: an edit re-renders the fields of the line
 * it changed, not every line (the drag and drop hooks re-render every line's shell; the fields
 * are memoised on the record). Counted through the due field, which each line's fields render once.
 */
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import { ChangeBuilder } from '../../../shared/domain/change';
import { rankBetween } from '../../../shared/domain/ranks';
import { applyRemoteChange, connectSession } from '../../../renderer/state/changes';
import { initialDocument, useDocument } from '../../../renderer/state/document';
import { useStorage } from '../../../renderer/state/storage';
import { ReadinessChecklist } from '../../../renderer/features/readiness/ReadinessChecklist';
import { add, item, readiness } from '../../fixtures/records';
import { baseWorkspace } from '../../fixtures/workspace';

const renders = vi.hoisted(() => ({ due: 0 }));
vi.mock('../../../renderer/features/readiness/DueField', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../../renderer/features/readiness/DueField')>();
  return {
    ...original,
    DueField: (props: Parameters<typeof original.DueField>[0]) => {
      renders.due += 1;
      return original.DueField(props);
    },
  };
});

const LINES = 120;

beforeEach(() => {
  const ws = baseWorkspace();
  add(ws, 'items', item('x', { launchDate: '2026-12-10' }), item('y'));
  let rank: string | null = null;
  const functions = ['legal', 'support', 'docs', 'marketing'];
  for (let i = 0; i < LINES; i++) {
    rank = rankBetween(rank, null);
    add(
      ws,
      'readiness',
      readiness(`r${i}`, 'x', { functionId: functions[i % 4]!, rank, title: `Line ${i}` }),
    );
  }
  add(ws, 'readiness', readiness('other', 'y', { title: 'Elsewhere' }));
  useDocument.setState({ ...initialDocument, workspace: ws, phase: 'ready' }, true);
  useStorage.setState({ status: 'ok' });
  connectSession({ persist: async () => undefined, broadcast: () => undefined });
});
afterEach(() => {
  cleanup();
  connectSession(null);
});

it(`an edit of one line of ${LINES} re-renders that line's fields only`, async () => {
  render(<ReadinessChecklist itemId="x" />);
  expect(renders.due).toBe(LINES);
  renders.due = 0;
  fireEvent.change(screen.getByRole('combobox', { name: 'Status of “Line 5”' }), {
    target: { value: 'blocked' },
  });
  await act(async () => undefined);
  expect(useDocument.getState().workspace.readiness.r5!.status).toBe('blocked');
  expect(renders.due).toBe(1);

  // Another item's checklist changed in another window: no line here renders again.
  renders.due = 0;
  const ws = useDocument.getState().workspace;
  act(() =>
    applyRemoteChange(
      new ChangeBuilder(ws)
        .put('readiness', { ...ws.readiness.other!, status: 'blocked' })
        .build('Elsewhere'),
    ),
  );
  expect(useDocument.getState().workspace.readiness.other!.status).toBe('blocked');
  expect(renders.due).toBe(0);
}, 60_000);
