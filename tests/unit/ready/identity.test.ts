import { describe, expect, it } from 'vitest';
import { coveringRelease } from '../../../electron/main/services/ready/covering-release';
import type { ReadyRelease } from '../../../shared/ipc/contract/labs';
import type { Readiness, ReadyReason } from '../../../shared/ready/result';
import { englishBefore, identify, phrase, sayItem, sayWhen, when } from '../../../shared/ready/words';

// What a Ready item IS (its id: key and canonical parameters) beside its words, and the release matched on it.
// The expected ids and sentences are written out by hand.

const TSH = { en: 'TSH', fr: 'TSH' };
const older = (drawnAt: string, days = 42) =>
  sayItem('labs.older', { names: TSH, drawnAt: when(drawnAt), window: phrase('labs.days', { count: days }) });

describe('the id of a Ready item', () => {
  it('is the key and the parameters sorted, numbers as numbers, days ISO, nested phrases by key and parameters', () => {
    expect(older('2026-10-01T08:30').id).toBe(
      'labs.older|{"drawnAt":{"when":"2026-10-01T08:30"},"names":{"en":"TSH","fr":"TSH"},' +
        '"window":{"key":"labs.days","params":{"count":42}}}',
    );
    expect(sayItem('steroids.aboveLimit', { mg: 12.5, limit: 10 }).id).toBe(
      'steroids.aboveLimit|{"limit":10,"mg":12.5}',
    );
  });

  it('is the same for the same key and parameters, however they are given or worded', () => {
    const a = identify(phrase('steroids.aboveLimit', { mg: 12.5, limit: 10 }));
    expect(identify(phrase('steroids.aboveLimit', { limit: 10, mg: 12.5 }))).toBe(a);
    expect(older('2026-10-01 08:30').id).toBe(older('2026-10-01T08:30').id);
    // The words are not part of it: the English of a date changed (ISO → the reader's way), the id did not.
    expect(older('2026-10-01T08:30').text.en).toBe('TSH: drawn 1 Oct 2026 08:30, older than 42 days — draw it again.');
    expect(older('2026-10-01T08:30').id).not.toContain('draw it again');
  });

  it('changes with any value: the day, a number, a nested phrase, the names', () => {
    const base = older('2026-10-01T08:30').id;
    expect(older('2026-10-02T08:30').id).not.toBe(base);
    expect(older('2026-10-01T08:31').id).not.toBe(base);
    expect(older('2026-10-01T08:30', 43).id).not.toBe(base);
    const alt = sayItem('labs.older', {
      names: { en: 'ALT', fr: 'ALAT' },
      drawnAt: when('2026-10-01T08:30'),
      window: phrase('labs.days', { count: 42 }),
    });
    expect(alt.id).not.toBe(base);
    expect(sayItem('steroids.aboveLimit', { mg: 12.6, limit: 10 }).id).not.toBe(
      sayItem('steroids.aboveLimit', { mg: 12.5, limit: 10 }).id,
    );
  });

  it('gives back the English as it was written before ids, dates ISO', () => {
    expect(englishBefore(older('2026-10-01T08:30').id)).toBe(
      'TSH: drawn 2026-10-01 08:30, older than 42 days — draw it again.',
    );
    expect(englishBefore(sayItem('steroids.aboveLimit', { mg: 12.5, limit: 10 }).id)).toBe(
      'Corticosteroids: 12.5 mg/day prednisone-equivalent, above 10 mg/day.',
    );
    expect(englishBefore('not an id')).toBeNull();
  });
});

describe('a Ready date in words', () => {
  it.each([
    ['2026-09-01T08:30', '1 Sept 2026 08:30', '1 sept. 2026 à 08:30'],
    ['2026-11-26 00:05', '26 Nov 2026 00:05', '26 nov. 2026 à 00:05'],
    ['2027-01-05', '5 Jan 2027', '5 janv. 2027'],
  ])('writes %s the reader’s way, 24-hour clock', (iso, en, fr) => {
    expect(sayWhen('en', iso)).toBe(en);
    expect(sayWhen('fr', iso)).toBe(fr);
  });
});

describe('coveringRelease', () => {
  const reasonOf = (item: { id: string; text: { en: string; fr: string } }): ReadyReason => ({
    ...item.text,
    id: item.id,
  });
  const hold = (...reasons: ReadyReason[]): Readiness => ({
    outcome: 'hold',
    lines: [],
    reasons,
    evaluatedAt: '2026-11-27T09:00:00.000Z',
  });
  const releaseOf = (releasedReasons: ReadyReason[]): ReadyRelease => ({
    id: '00000000-0000-4000-8000-000000000001',
    prescriberName: 'Dr Nadia Okafor',
    reason: 'Treat',
    orderedAt: '09:10',
    releasedReasons,
    enteredBy: 'Nurse',
    enteredAt: '2026-11-27T09:12:00.000Z',
  });
  const oldTsh = reasonOf(older('2026-10-01T08:30'));
  const steroids = reasonOf(sayItem('steroids.notAsked'));

  it('covers a reason by its id, whatever the words stored with it', () => {
    const release = releaseOf([{ ...oldTsh, en: 'Worded otherwise', fr: 'Autrement dit' }]);
    expect(coveringRelease(hold(oldTsh), [release])).toBe(release);
  });

  it('does not cover a reason whose id differs, even with the same English', () => {
    const release = releaseOf([{ ...oldTsh, id: older('2026-09-30T08:30').id }]);
    expect(coveringRelease(hold(oldTsh), [release])).toBeNull();
  });

  it('covers by the English for a release stored before ids: as written then (ISO dates) or as today', () => {
    const iso = { en: 'TSH: drawn 2026-10-01 08:30, older than 42 days — draw it again.', fr: oldTsh.fr };
    expect(coveringRelease(hold(oldTsh), [releaseOf([iso])])).not.toBeNull();
    const dateless = { en: steroids.en, fr: steroids.fr };
    expect(coveringRelease(hold(steroids), [releaseOf([dateless])])).not.toBeNull();
    const reworded = { en: 'TSH: drawn 2026-10-01 08:30, more than 42 days ago.', fr: oldTsh.fr };
    expect(coveringRelease(hold(oldTsh), [releaseOf([reworded])])).toBeNull();
  });

  it('does not cover a hold with a reason the release did not name, and reads only the latest release', () => {
    expect(coveringRelease(hold(oldTsh, steroids), [releaseOf([oldTsh])])).toBeNull();
    expect(coveringRelease(hold(oldTsh), [releaseOf([oldTsh]), releaseOf([steroids])])).toBeNull();
    expect(coveringRelease(hold(oldTsh), [])).toBeNull();
  });
});
