import { describe, expect, it } from 'vitest';
import { findPatientData } from '../../support/log-privacy';

const patients = [
  { given_name: 'Éloïse', family_name: 'Tremblay-Fortin', mrn: 'MRN0042137' },
  { given_name: 'Jo', family_name: 'Ng', mrn: 'A77' },
];

describe('the e2e log check', () => {
  it('finds a name or an MRN standing alone, whatever the case', () => {
    const log = [
      '[info] patients:create ok 3 ms',
      'Could not place éloïse TREMBLAY-FORTIN',
      'MRN mrn0042137 taken',
    ].join('\n');
    expect(findPatientData(log, patients)).toEqual(
      expect.arrayContaining([
        { term: 'Éloïse', line: 2 },
        { term: 'Tremblay-Fortin', line: 2 },
        { term: 'Éloïse Tremblay-Fortin', line: 2 },
        { term: 'MRN0042137', line: 3 },
      ]),
    );
  });

  it('does not take a short name inside another word for the name', () => {
    expect(findPatientData('[info] schedule:listing ok 4 ms\n[info] booking A770 ok', patients)).toEqual([]);
    expect(findPatientData('[error] row for Ng failed', patients)).toEqual([{ term: 'Ng', line: 1 }]);
  });
});
