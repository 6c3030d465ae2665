/**
 * The launch calendar as iCalendar (RFC 5545), written by ical-generator: one all-day event per
 * launch day, rollout wave, milestone, go/no-go meeting, No-go re-evaluation and blackout
 * window (calendar-events.ts decides which). All-day events carry DATE values (no time, no
 * zone: a launch day is a calendar day wherever the calendar is opened) and end on the day
 * after their last day, as RFC 5545 counts DTEND.
 *
 * The output depends only on the workspace, the filters and the clock passed in: UIDs come
 * from record ids and DTSTAMP from `clock.now`, so the same data exports to the same bytes
 * (the app and the command line agree) and a calendar that imports a newer export updates
 * the events it has.
 */
import ical, { ICalEvent, ICalEventTransparency } from 'ical-generator';
import type { Day } from '../dates/days';
import type { Workspace } from '../domain/workspace';
import { CALENDAR_EVENT_LABELS, calendarEvents, calendarName, exclusiveEnd } from './calendar-events';
import type { ExportFilters } from './filters';

/** The moment the export is made, as an ISO timestamp (DTSTAMP of every event). */
export interface IcsClock {
  now: string;
}

/**
 * A TEXT value escaped as RFC 5545 §3.3.11 asks. ical-generator escapes an event's summary and
 * description but writes the calendar's name (X-WR-CALNAME) as given, and a workspace or
 * region name is the user's text: a line break in it would start a line of its own.
 */
export const icsText = (text: string) =>
  text.replace(/[\\;,]/g, (c) => `\\${c}`).replace(/\r\n|\r|\n/g, '\\n');

/** Midnight UTC of a day: with no time zone set, ical-generator writes a DATE from its UTC fields. */
const utcMidnight = (day: Day) => new Date(`${day}T00:00:00.000Z`);

/** Anything but tab and printable ASCII: such a line is measured octet by octet. */
const NON_ASCII = /[^\t -~]/;

/** Octets per content line, the line break excluded (RFC 5545 §3.1). */
const LINE_OCTETS = 75;

/** How many UTF-8 octets a UTF-16 code unit starts (a surrogate pair's four go to its first half). */
const utf8Octets = (unit: number) => {
  if (unit < 0x80) return 1;
  if (unit < 0x800) return 2;
  if (unit >= 0xd800 && unit <= 0xdbff) return 4;
  if (unit >= 0xdc00 && unit <= 0xdfff) return 0;
  return 3;
};

/**
 * Folds content lines longer than 75 octets: a CRLF and a space before the octet that would
 * pass the limit, never inside a character. ical-generator folds the same way but encodes
 * every character with a new TextEncoder, which took seconds for a calendar of 10,000
 * launches; this walks the text once and leaves short ASCII lines (nearly all) as they are.
 */
export function foldLines(text: string): string {
  return text
    .split('\r\n')
    .map((line) => {
      if (line.length <= LINE_OCTETS && !NON_ASCII.test(line)) return line;
      let out = '';
      let start = 0;
      let octets = 0;
      for (let i = 0; i < line.length; i++) {
        const size = utf8Octets(line.charCodeAt(i));
        if (octets + size > LINE_OCTETS) {
          out += `${line.slice(start, i)}\r\n `;
          start = i;
          octets = 1; // the space that begins the continuation line
        }
        octets += size;
      }
      return out + line.slice(start);
    })
    .join('\r\n');
}

export function calendarIcs(ws: Workspace, filters: ExportFilters | undefined, clock: IcsClock): string {
  const stamp = new Date(clock.now);
  if (Number.isNaN(stamp.getTime())) throw new RangeError(`Not a timestamp: "${clock.now}"`);
  const calendar = ical({
    name: icsText(calendarName(ws, filters)),
    prodId: { company: 'Launch Control', product: 'Launch Control', language: 'EN' },
  });
  // Each event is written by ical-generator; the calendar around them is its own output with
  // no events, and the events go in before its closing line, folded here (see foldLines).
  const events = calendarEvents(ws, filters).map((event) =>
    new ICalEvent(
      {
        id: event.uid,
        allDay: true,
        start: utcMidnight(event.first),
        end: utcMidnight(exclusiveEnd(event.last)),
        stamp,
        summary: event.summary,
        description: event.description,
        categories: [{ name: CALENDAR_EVENT_LABELS[event.kind].category }],
        lastModified: event.lastModified ? new Date(event.lastModified) : null,
        // A launch day is not a meeting: it should not mark anyone busy.
        transparency: ICalEventTransparency.TRANSPARENT,
      },
      calendar,
    ).toString(),
  );
  const shell = calendar.toString();
  const end = shell.lastIndexOf('END:VCALENDAR');
  // Every content line ends with CRLF, the last one too (RFC 5545 §3.1).
  return `${shell.slice(0, end)}${foldLines(events.join(''))}END:VCALENDAR\r\n`;
}
