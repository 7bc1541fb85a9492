import { describe, expect, it } from 'vitest';
import { buildIcs, foldLine, icsUtc } from '../../../shared/schedule/ics';
import { zonedMinuteToUtc } from '../../../shared/schedule/timezone';
import { parseIcs } from '../../support/ics';

const stamp = new Date('2026-11-27T09:00:00Z');

describe('buildIcs (RFC 5545)', () => {
  it('round-trips through a strict parser: CRLF, folded lines, escaped text, UTC times', () => {
    const location =
      'Hôpital Saint-Laurent, Unité de jour; 3e étage — entrée B, près des ascenseurs du pavillon principal';
    const text = buildIcs(
      [
        {
          uid: 'a1@chairside',
          start: new Date('2026-12-01T13:00:00Z'),
          end: new Date('2026-12-01T14:15:00Z'),
          sequence: 2,
          location,
          description: 'Line one\nLine two',
        },
        {
          uid: 'a2@chairside',
          start: new Date('2026-12-22T13:00:00Z'),
          end: new Date('2026-12-22T13:45:00Z'),
          sequence: 0,
        },
      ],
      { stamp, calendarName: 'Infusion appointments' },
    );
    expect(text.split('\r\n').some((l) => l.startsWith(' '))).toBe(true);
    const calendar = parseIcs(text);
    expect(calendar.properties).toMatchObject({ VERSION: '2.0', PRODID: '-//Chairside//Infusion schedule//EN' });
    expect(calendar.events).toEqual([
      expect.objectContaining({
        UID: 'a1@chairside',
        DTSTART: '20261201T130000Z',
        DTEND: '20261201T141500Z',
        SEQUENCE: '2',
        SUMMARY: 'Infusion appointment',
        LOCATION: location,
        DESCRIPTION: 'Line one\nLine two',
        DTSTAMP: '20261127T090000Z',
      }),
      expect.objectContaining({ UID: 'a2@chairside', DTSTART: '20261222T130000Z' }),
    ]);
    expect(calendar.events[1]).not.toHaveProperty('LOCATION');
  });

  it('folds at 75 octets without splitting a multi-byte character', () => {
    const line = `LOCATION:${'é'.repeat(80)}`;
    const folded = foldLine(line).split('\r\n');
    const encoder = new TextEncoder();
    expect(folded.every((l) => encoder.encode(l).length <= 75)).toBe(true);
    expect(folded.map((l, i) => (i === 0 ? l : l.slice(1))).join('')).toBe(line);
  });

  it('escapes backslash, semicolon, comma and newlines', () => {
    const text = buildIcs([{ uid: 'e@chairside', start: stamp, end: stamp, sequence: 0, location: 'a\\b;c,d\ne' }], {
      stamp,
      calendarName: 'x',
    });
    expect(text).toContain('LOCATION:a\\\\b\\;c\\,d\\ne\r\n');
    expect(parseIcs(text).events[0]?.LOCATION).toBe('a\\b;c,d\ne');
    expect(icsUtc(new Date('2027-01-02T03:04:05.678Z'))).toBe('20270102T030405Z');
  });
});

describe('zonedMinuteToUtc', () => {
  it.each([
    ['2027-03-08', 9 * 60, 'America/Toronto', '2027-03-08T14:00:00.000Z'],
    ['2027-03-15', 9 * 60, 'America/Toronto', '2027-03-15T13:00:00.000Z'],
    ['2027-03-29', 9 * 60, 'Europe/Paris', '2027-03-29T07:00:00.000Z'],
    ['2027-01-11', 9 * 60, 'Europe/Paris', '2027-01-11T08:00:00.000Z'],
    ['2027-01-11', 9 * 60, 'UTC', '2027-01-11T09:00:00.000Z'],
  ])('%s at minute %i in %s is %s', (date, minute, zone, expected) => {
    expect(zonedMinuteToUtc(date, minute, zone).toISOString()).toBe(expected);
  });
});
