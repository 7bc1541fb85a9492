import { createEvents, type EventAttributes } from 'ics';
// iCalendar (RFC 5545) export of a patient's upcoming appointments. Deliberately says only "Infusion
// appointment": a calendar file ends up on phones and shared calendars, so it carries no diagnosis, drug
// or dose — only when and where.

export interface IcsEvent {
  uid: string;
  start: Date;
  end: Date;
  /** Bumped each time the appointment changes, so calendar apps replace the old copy. */
  sequence: number;
  location?: string;
  description?: string;
}

export interface IcsOptions {
  stamp: Date;
  /** Shown by calendar apps as the calendar's name. */
  calendarName: string;
}

export const ICS_SUMMARY = 'Infusion appointment';
export const ICS_PRODUCT_ID = '-//Chairside//Infusion schedule//EN';
const CRLF = '\r\n';
const MAX_OCTETS = 75;

/** 20261201T130000Z */
export function icsUtc(date: Date): string {
  return date
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
}

/**
 * Folds a content line at 75 octets (RFC 5545 §3.1): continuation lines start with one space. Counts UTF-8
 * bytes and never splits a character, so "Hôpital" stays readable after unfolding. The `ics` library folds
 * at 75 characters, which a line of accented text overruns in octets: its output is refolded with this.
 */
export function foldLine(line: string): string {
  const encoder = new TextEncoder();
  const out: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = encoder.encode(char).length;
    const limit = out.length === 0 ? MAX_OCTETS : MAX_OCTETS - 1;
    if (octets + size > limit) {
      out.push(current);
      current = '';
      octets = 0;
    }
    current += char;
    octets += size;
  }
  out.push(current);
  return out.join(`${CRLF} `);
}

/** Undoes any folding (CRLF followed by a space or a tab), then folds every line by octets. */
function refold(text: string): string {
  const lines = text
    .replace(/\r\n[ \t]/g, '')
    .split(CRLF)
    .filter((l) => l !== '');
  return lines.map(foldLine).join(CRLF) + CRLF;
}

/** `timestamp` (DTSTAMP) is read by the library but missing from its type declarations. */
type StampedEvent = EventAttributes & { timestamp: number };

function toAttributes(event: IcsEvent, stamp: Date): StampedEvent {
  return {
    uid: event.uid,
    start: event.start.getTime(),
    startInputType: 'utc',
    startOutputType: 'utc',
    end: event.end.getTime(),
    endInputType: 'utc',
    endOutputType: 'utc',
    timestamp: stamp.getTime(),
    sequence: event.sequence,
    title: ICS_SUMMARY,
    ...(event.location ? { location: event.location } : {}),
    ...(event.description ? { description: event.description } : {}),
    status: 'CONFIRMED',
    transp: 'OPAQUE',
  };
}

/** The calendar, written by the `ics` library (escaping, dates, structure) and folded by octets. */
export function buildIcs(events: readonly IcsEvent[], options: IcsOptions): string {
  const { error, value } = createEvents(
    events.map((e) => toAttributes(e, options.stamp)),
    { productId: ICS_PRODUCT_ID, method: 'PUBLISH', calName: options.calendarName },
  );
  if (error || !value) throw new Error(`The calendar could not be written: ${String(error)}`);
  return refold(value);
}
