// @vitest-environment jsdom
/**
 * What people type, however hostile, goes from the brief builder through the preview as text:
 * HTML, Markdown images and javascript: links in titles, readiness lines, decision notes and
 * conditions, and feedback make no element, no image and no link; the words show as typed.
 */
import '@testing-library/jest-dom/vitest';
import { cleanup, render } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { Decision } from '../../../shared/domain/decisions/schema';
import type { Workspace } from '../../../shared/domain/workspace';
import { buildBrief, type BriefAudience } from '../../../shared/formats/brief';
import { BriefPreview } from '../../../renderer/features/briefs/BriefPreview';
import { NOW, sample, TODAY } from '../../fixtures/workspace';

afterEach(cleanup);

const LAUNCH = 'sample-payment-links';
const SCRIPT = '<script>alert(1)</script>';
const IMAGE = '![x](http://e/x.png)';
const LINK = '[x](javascript:alert(1))';
const IMG_TAG = '<img src=x onerror=alert(1)>';
const HOSTILE = [SCRIPT, IMAGE, LINK, IMG_TAG];

/** The sample, with hostile text in every field of the launch a brief shows. */
function hostileWorkspace(): Workspace {
  const ws = sample();
  const item = ws.items[LAUNCH]!;
  ws.items[LAUNCH] = { ...item, title: `Payment links ${SCRIPT} ${IMAGE}` };
  // Every readiness line of the launch gets one of the strings; open lines show in the briefs.
  Object.values(ws.readiness)
    .filter((line) => line.itemId === LAUNCH)
    .forEach((line, index) => {
      ws.readiness[line.id] = { ...line, title: `Check ${HOSTILE[index % HOSTILE.length]}` };
    });
  const decision: Decision = {
    id: 'hostile-decision',
    itemId: LAUNCH,
    outcome: 'conditional-go',
    decidedBy: `Dana ${IMG_TAG}`,
    decidedOn: TODAY,
    conditions: `Only if ${LINK}`,
    riskAcceptedBy: `Lee ${SCRIPT}`,
    reevaluateOn: null,
    notes: `Noted ${IMAGE} ${IMG_TAG}`,
    recordedAt: NOW,
  };
  ws.decisions[decision.id] = decision;
  const feedback = Object.values(ws.feedback).find((f) => f.itemId === LAUNCH)!;
  ws.feedback[feedback.id] = { ...feedback, title: `Receipts ${LINK} ${IMG_TAG}` };
  return ws;
}

function renderBrief(audience: BriefAudience) {
  const brief = buildBrief(
    hostileWorkspace(),
    { kind: 'launch', itemId: LAUNCH, audience },
    { today: TODAY, now: NOW },
  );
  return render(<BriefPreview tree={brief.tree} />).container;
}

/** Nothing the text could have turned into: no script, image, link, or element with a handler. */
function expectNoElementsFromText(container: HTMLElement) {
  expect(container.querySelector('script')).toBeNull();
  expect(container.querySelector('img')).toBeNull();
  expect(container.querySelector('a')).toBeNull();
  expect(container.querySelector('a[href^="javascript"]')).toBeNull();
  expect(container.querySelector('[onerror]')).toBeNull();
}

describe('a brief with hostile text, built and previewed', () => {
  it('the team brief shows every string as typed and makes no element from any', () => {
    const container = renderBrief('team');
    expectNoElementsFromText(container);
    const text = container.textContent ?? '';
    expect(text).toContain(`Payment links ${SCRIPT} ${IMAGE}`);
    for (const hostile of HOSTILE) expect(text).toContain(`Check ${hostile}`);
    expect(text).toContain(`Only if ${LINK}`);
    expect(text).toContain(`Noted ${IMAGE} ${IMG_TAG}`);
    expect(text).toContain(`Receipts ${LINK} ${IMG_TAG}`);
  });

  it('the executive brief too', () => {
    const container = renderBrief('exec');
    expectNoElementsFromText(container);
    const text = container.textContent ?? '';
    expect(text).toContain(`Payment links ${SCRIPT} ${IMAGE}`);
    expect(text).toContain(`Only if ${LINK}`);
  });
});
