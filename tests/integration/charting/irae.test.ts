import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { changeCounter } from '../../support/schedule';
import { draft, openWorld, requestId, TODAY, type World } from './setup';

let w: World;
beforeEach(async () => {
  w = await openWorld();
});
afterEach(() => w.t.close());

function irae(meddraCode: string, term: string, grade: number | null, extra: Record<string, unknown> = {}) {
  return {
    meddraCode,
    term,
    grade,
    ctcaeVersion: '5.0',
    onsetDate: TODAY,
    resolutionDate: null,
    attribution: 'possible',
    actions: ['none'],
    notes: '',
    planId: w.planId,
    ...extra,
  };
}

// Side effects are charted at any time, not only during a visit: no appointment, no check-in needed.
const noVisit = { appointmentId: null };

describe('side effects graded with CTCAE v5.0', () => {
  it('searches all 837 terms, with each term’s allowed grades', async () => {
    const hits = await w.t.ok('charting:search-ctcae', { query: 'fatig', limit: 5 });
    expect(hits[0]).toEqual({
      meddraCode: '10016256',
      term: 'Fatigue',
      soc: expect.any(String) as unknown,
      allowedGrades: [1, 2, 3],
      hasGradeText: true,
    });
    const other = await w.t.ok('charting:search-ctcae', { query: 'endocrine disorders other', limit: 5 });
    expect(other[0]).toMatchObject({ hasGradeText: false, allowedGrades: [1, 2, 3, 4, 5] });
  });

  it.each([
    ['10016256', 'Fatigue', 4],
    ['10028813', 'Nausea', 5],
    ['10037868', 'Rash maculo-papular', 4],
  ])(
    'refuses a grade CTCAE does not have for the term (%s %s grade %s), writing nothing',
    async (code, term, grade) => {
      const count = changeCounter(w.t);
      const result = await draft(w, 'irae', irae(code, term, grade), noVisit);
      expect(result.ok).toBe(false);
      if (result.ok) return;
      expect(result.error.issues).toContainEqual({
        path: 'payload.grade',
        message: expect.stringMatching(`Grade ${grade} does not exist for ${term}`) as unknown,
        code: 'invalid',
      });
      expect(count()).toBe(0);
    },
  );

  it('refuses irAE entries through the generic chart channel, whose writers skip the visit rules', async () => {
    const result = await w.t.call('chart:save-draft', {
      patientId: w.patientId,
      kind: 'irae',
      payload: irae('10016256', 'Fatigue', 4),
      clientRequestId: requestId(),
    });
    expect(result.ok ? null : result.error.code).toBe('forbidden');
  });

  it('refuses an unknown term and a term that does not match its code', async () => {
    const unknown = await draft(w, 'irae', irae('99999999', 'Made up', 1), noVisit);
    expect(unknown.ok ? null : unknown.error.issues[0]?.path).toBe('payload.meddraCode');
    const mismatched = await draft(w, 'irae', irae('10016256', 'Nausea', 1), noVisit);
    expect(mismatched.ok ? null : mismatched.error.issues[0]?.path).toBe('payload.term');
  });

  it('stores CTCAE 5.0 with every grade and shows the entries on a timeline across cycles', async () => {
    const first = await draft(
      w,
      'irae',
      irae('10012727', 'Diarrhea', 2, { actions: ['hold', 'corticosteroids'] }),
      noVisit,
    );
    if (!first.ok) throw new Error(first.error.message);
    const signed = await w.t.ok('charting:sign', { id: first.value.id, clientRequestId: requestId() });
    expect(signed.payload).toMatchObject({ ctcaeVersion: '5.0', grade: 2 });
    await draft(
      w,
      'irae',
      irae('10021114', 'Hypothyroidism', 2, { onsetDate: '2026-12-20', actions: ['hormone-replacement'] }),
      noVisit,
    );
    const timeline = await w.t.ok('charting:irae-timeline', { patientId: w.patientId });
    expect(timeline.map((i) => [i.term, i.grade, i.cycle, i.status])).toEqual([
      ['Diarrhea', 2, 1, 'signed'],
      ['Hypothyroidism', 2, 2, 'draft'],
    ]);
  });

  it('refuses "none" together with another action, and a resolution before the onset', async () => {
    const result = await draft(
      w,
      'irae',
      irae('10012727', 'Diarrhea', 1, { actions: ['none', 'hold'], resolutionDate: '2026-11-01' }),
      noVisit,
    );
    expect(result.ok ? [] : result.error.issues.map((i) => i.path).sort()).toEqual([
      'payload.actions',
      'payload.resolutionDate',
    ]);
  });
});
