// @vitest-environment jsdom
/**
 * Health and decision badges say what they mean in words: health names its verdict and
 * carries its reasons as tooltip and accessible description (saying when it was set by
 * hand); a decision badge names the outcome, or, on a coloured fill inside a control that
 * names it, stays out of the accessibility tree.
 */
import '@testing-library/jest-dom/vitest';
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { DecisionBadge, HealthBadge } from '../../../renderer/ui/badges';

afterEach(cleanup);

describe('HealthBadge', () => {
  it('names the verdict and describes it with its reasons', () => {
    render(
      <HealthBadge
        health="off-track"
        reasons={['1 required item blocked: Privacy', 'No-go recorded 20 Nov']}
      />,
    );
    const badge = screen.getByRole('img', { name: 'Health: Off track' });
    expect(badge).toHaveTextContent('Off track');
    expect(badge).toHaveAccessibleDescription('1 required item blocked: Privacy; No-go recorded 20 Nov');
    expect(badge).toHaveAttribute('title', '1 required item blocked: Privacy; No-go recorded 20 Nov');
  });

  it('says when it was set by hand, with the override’s reason', () => {
    render(<HealthBadge health="on-track" reasons={['Vendor confirmed']} overridden />);
    const badge = screen.getByRole('img', { name: 'Health: On track (override)' });
    expect(badge).toHaveAccessibleDescription('Set by hand: Vendor confirmed');
    expect(badge).toHaveTextContent('On track(set)');
  });

  it('has no description or tooltip without reasons; an older caller’s title still serves', () => {
    render(<HealthBadge health="on-track" reasons={[]} />);
    const quiet = screen.getByRole('img', { name: 'Health: On track' });
    expect(quiet).not.toHaveAttribute('title');
    expect(quiet).not.toHaveAttribute('aria-describedby');
    cleanup();
    render(<HealthBadge health="at-risk" title="2 overdue" />);
    expect(screen.getByRole('img', { name: 'Health: At risk' })).toHaveAccessibleDescription('2 overdue');
  });
});

describe('DecisionBadge', () => {
  it.each([
    ['go', 'Go', 'Go'],
    ['conditional-go', 'Cond. go', 'Conditional go'],
    ['no-go', 'No-go', 'No-go'],
  ] as const)('shows %s as “%s” and names it in full', (outcome, shown, named) => {
    render(<DecisionBadge outcome={outcome} />);
    const badge = screen.getByRole('img', { name: `Decision: ${named}` });
    expect(badge).toHaveTextContent(shown);
    expect(badge).toHaveClass(`badge--decision-${outcome}`);
  });

  it('on a fill, draws its word from the stylesheet and stays out of the tree', () => {
    const { container } = render(<DecisionBadge outcome="no-go" onFill />);
    expect(screen.queryByRole('img')).toBeNull();
    const badge = container.querySelector('.badge--on-fill')!;
    expect(badge).toHaveAttribute('data-label', 'No-go');
    expect(badge).toHaveAttribute('aria-hidden', 'true');
    expect(badge).toHaveTextContent('');
  });
});
