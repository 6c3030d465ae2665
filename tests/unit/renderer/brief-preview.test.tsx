// @vitest-environment jsdom
import '@testing-library/jest-dom/vitest';
import { cleanup, render, screen, within } from '@testing-library/react';
import type { Root } from 'mdast';
import { afterEach, describe, expect, it } from 'vitest';
import { BriefPreview } from '../../../renderer/features/briefs/BriefPreview';

afterEach(cleanup);

const text = (value: string) => ({ type: 'text' as const, value });

/** A brief as the brief builder writes one: a heading, a paragraph, a list and a table. */
const tree: Root = {
  type: 'root',
  children: [
    { type: 'heading', depth: 1, children: [text('Launch brief — <script>alert(1)</script>')] },
    {
      type: 'paragraph',
      children: [{ type: 'strong', children: [text('Brief #2')] }, text(' · data as of 26 Nov 2026')],
    },
    // Raw HTML never reaches the page: it is dropped, not parsed.
    { type: 'html', value: '<script>alert(2)</script><img src=x onerror="alert(3)">' },
    {
      type: 'list',
      ordered: false,
      children: [
        { type: 'listItem', children: [{ type: 'paragraph', children: [text('Legal sign-off overdue')] }] },
        { type: 'listItem', children: [{ type: 'paragraph', children: [text('<b>not bold</b>')] }] },
      ],
    },
    {
      type: 'table',
      align: ['left', 'right'],
      children: [
        {
          type: 'tableRow',
          children: [
            { type: 'tableCell', children: [text('Function')] },
            { type: 'tableCell', children: [text('Done')] },
          ],
        },
        {
          type: 'tableRow',
          children: [
            { type: 'tableCell', children: [text('Legal')] },
            { type: 'tableCell', children: [text('2/5')] },
          ],
        },
      ],
    },
  ],
};

describe('BriefPreview', () => {
  it('shows what people typed as text: no script, image or bold element is made from it', () => {
    const { container } = render(<BriefPreview tree={tree} />);
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(
      'Launch brief — <script>alert(1)</script>',
    );
    expect(screen.getByText('<b>not bold</b>')).toBeVisible();
    expect(container.querySelector('script')).toBeNull();
    expect(container.querySelector('img')).toBeNull();
    expect(container.querySelector('b')).toBeNull();
    expect(container.textContent).not.toContain('alert(2)');
  });

  it('renders the document: emphasis, a list and a table with its header and alignment', () => {
    render(<BriefPreview tree={tree} />);
    expect(screen.getByText('Brief #2').tagName).toBe('STRONG');
    expect(screen.getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      'Legal sign-off overdue',
      '<b>not bold</b>',
    ]);
    const table = screen.getByRole('table');
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((th) => th.textContent),
    ).toEqual(['Function', 'Done']);
    const done = within(table).getByRole('cell', { name: '2/5' });
    expect(done).toHaveStyle({ textAlign: 'right' });
  });

  it('is named by the heading the screen gives it', () => {
    render(
      <>
        <h2 id="preview-title">Preview</h2>
        <BriefPreview tree={tree} labelledBy="preview-title" />
      </>,
    );
    expect(screen.getByRole('article', { name: 'Preview' })).toBeVisible();
  });
});
