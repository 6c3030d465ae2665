// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { exportSummary, saveExport, suggestedName } from '../../../renderer/features/exports/export-files';
import { platform } from '../../../renderer/platform';
import { useWindow } from '../../../renderer/state/window';
import { add, item, readiness } from '../../fixtures/records';
import { baseWorkspace } from '../../fixtures/workspace';

function workspace() {
  const ws = baseWorkspace();
  add(
    ws,
    'items',
    item('eu', { title: 'EU launch', launchDate: '2026-12-10', regions: ['EU'] }),
    item('na', { title: 'NA launch', launchDate: '2027-01-10', regions: ['NA'] }),
  );
  add(ws, 'readiness', readiness('r1', 'eu'), readiness('r2', 'eu'), readiness('r3', 'na'));
  add(ws, 'milestones', { id: 'm', itemId: 'eu', title: 'Go/no-go', date: '2026-12-08' });
  return ws;
}

afterEach(() => useWindow.setState({ toasts: [] }));

describe('CSV and calendar exports in the app', () => {
  it('counts what each export will hold, in words', () => {
    const ws = workspace();
    expect(exportSummary(ws, 'items-csv', {})).toEqual({ count: 2, text: '2 launch items' });
    expect(exportSummary(ws, 'items-csv', { region: 'EU' })).toEqual({ count: 1, text: '1 launch item' });
    expect(exportSummary(ws, 'readiness-csv', { region: 'EU' })).toEqual({
      count: 2,
      text: '2 readiness items',
    });
    expect(exportSummary(ws, 'calendar', {})).toEqual({
      count: 3,
      text: '3 events: 2 launch days, 1 go/no-go meeting',
    });
    expect(exportSummary(ws, 'calendar', { from: '1990-01-01', to: '1990-01-02' })).toEqual({
      count: 0,
      text: '0 events',
    });
  });

  it('names the file by what it holds, the region and the day', () => {
    expect(suggestedName('items-csv', {}, '2026-11-27')).toBe('launch-items-2026-11-27.csv');
    expect(suggestedName('readiness-csv', { region: 'EU' }, '2026-11-27')).toBe(
      'readiness-EU-2026-11-27.csv',
    );
    expect(suggestedName('calendar', { region: 'APAC' }, '2026-11-27')).toBe(
      'launch-calendar-APAC-2026-11-27.ics',
    );
  });

  it('saves through the platform with the file type, and says where', async () => {
    const save = vi.spyOn(platform, 'saveFile').mockResolvedValue({ status: 'saved', path: '/tmp/x.ics' });
    expect(await saveExport(workspace(), 'calendar', { region: 'EU' })).toBe(true);
    const request = save.mock.calls[0]![0];
    expect(request.suggestedName).toMatch(/^launch-calendar-EU-\d{4}-\d{2}-\d{2}\.ics$/);
    expect(request.filters).toEqual([{ name: 'iCalendar', extensions: ['ics'] }]);
    expect(request.content).toMatch(/^BEGIN:VCALENDAR\r\n/);
    expect(useWindow.getState().toasts.map((t) => t.message)).toEqual(['Exported 2 events to /tmp/x.ics']);
  });

  it('reports a failed save and stays quiet when the person cancels', async () => {
    vi.spyOn(platform, 'saveFile').mockResolvedValueOnce({ status: 'failed', message: 'Disk is full' });
    expect(await saveExport(workspace(), 'items-csv', {})).toBe(false);
    expect(useWindow.getState().toasts.map((t) => [t.tone, t.message])).toEqual([
      ['error', 'Export failed: Disk is full'],
    ]);
    useWindow.setState({ toasts: [] });
    vi.spyOn(platform, 'saveFile').mockResolvedValueOnce({ status: 'cancelled' });
    expect(await saveExport(workspace(), 'readiness-csv', {})).toBe(false);
    expect(useWindow.getState().toasts).toEqual([]);
  });
});
