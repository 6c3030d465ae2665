// @vitest-environment jsdom
/**
 * A long collision list is drawn 200 entries at a time (~6,800 at 10,000 items took seconds to
 * draw at once): "Show 200 more of N" draws the next page and takes the focus on to its first
 * entry; the button goes once everything is shown.
 */
import '@testing-library/jest-dom/vitest';
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { CollisionsPanel } from '../../../renderer/features/timeline/CollisionsPanel';
import { initialDocument, useDocument } from '../../../renderer/state/document';
import { add, blackout, item } from '../../fixtures/records';
import { baseWorkspace } from '../../fixtures/workspace';

// 450 launches, each in the one global blackout: 450 open collisions.
const LAUNCHES = 450;

beforeEach(async () => {
  const ws = baseWorkspace();
  for (let i = 0; i < LAUNCHES; i++)
    add(ws, 'items', item(`l${i}`, { title: `Launch ${i}`, tier: 3, launchDate: '2026-12-24', regions: [] }));
  add(ws, 'blackouts', blackout('freeze'));
  useDocument.setState({ ...initialDocument, workspace: ws, phase: 'ready' }, true);
  render(<CollisionsPanel onReveal={() => undefined} />);
  await screen.findByRole('list', { name: 'Open collisions' }, { timeout: 10_000 });
}, 30_000);
afterEach(cleanup);

// Counted from the DOM: role queries over hundreds of entries are slow in jsdom.
const shown = () => [
  ...screen.getByRole('list', { name: 'Open collisions' }).querySelectorAll<HTMLElement>(':scope > li'),
];
const moreButton = () => document.querySelector<HTMLButtonElement>('.tl-radar__more');

it('draws the first 200, then 200 more, then the rest, and the button goes', async () => {
  expect(shown()).toHaveLength(200);
  expect(moreButton()).toHaveTextContent('Show 200 more of 250');
  await act(async () => fireEvent.click(moreButton()!));
  expect(shown()).toHaveLength(400);
  // The focus is on the first entry just drawn (its Acknowledge… button).
  await waitFor(() => expect(document.activeElement).toBe(shown()[200]!.querySelector('[data-action]')));
  expect(document.activeElement).toHaveTextContent('Acknowledge…');
  expect(moreButton()).toHaveTextContent('Show 50 more of 50');
  await act(async () => fireEvent.click(moreButton()!));
  expect(shown()).toHaveLength(LAUNCHES);
  expect(moreButton()).toBeNull();
}, 30_000);
