/**
 * The read models of who is named on what (views/people.ts) and the ordered playbook list:
 * what they hold, and that each is built once per version of the tables it reads.
 */
import { describe, expect, it } from 'vitest';
import { playbooksInOrder } from '../../../shared/domain/playbooks/commands';
import { hasNoWork, itemsByApprover, readinessByOwner, workOf } from '../../../shared/views/people';
import { add, item, readiness } from '../../fixtures/records';
import { expectMemoised } from '../../fixtures/views';
import { baseWorkspace, sample } from '../../fixtures/workspace';

describe('what each person is named on', () => {
  it('lists owned and approved items (each once) and owned readiness lines', () => {
    const ws = baseWorkspace();
    add(
      ws,
      'items',
      item('x', { ownerId: 'ana', approverIds: ['ben', 'ben'] }),
      item('y', { archived: true, approverIds: ['ben'] }),
    );
    add(ws, 'readiness', readiness('r1', 'x', { ownerId: 'ben' }), readiness('r2', 'x'));
    expect(
      itemsByApprover(ws)
        .get('ben')!
        .map((i) => i.id),
    ).toEqual(['x', 'y']);
    expect(
      readinessByOwner(ws)
        .get('ben')!
        .map((r) => r.id),
    ).toEqual(['r1']);
    // Lines with no owner are nobody's.
    expect([...readinessByOwner(ws).keys()]).toEqual(['ben']);
    expect(workOf(ws, 'ana').owns.map((i) => i.id)).toEqual(['x']);
    expect(hasNoWork(workOf(ws, 'ana'))).toBe(false);
    expect(hasNoWork(workOf(ws, 'nobody'))).toBe(true);
  });

  it('are built once per version of the tables they read', () => {
    const ws = sample();
    expectMemoised(itemsByApprover, ws, ['items']);
    expectMemoised(readinessByOwner, ws, ['readiness']);
    expectMemoised(playbooksInOrder, ws, ['playbooks']);
  });
});
