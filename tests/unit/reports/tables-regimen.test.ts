import { describe, expect, it } from 'vitest';
import type { ReportSummary } from '../../../shared/ipc/contract/reports';
import type { Locale } from '../../../shared/ipc/schemas';
import { SECTION_TABLES } from '../../../shared/reports/tables';
import { reportText } from '../../../shared/reports/text';

// The side-effect table names the regimen of each event's plan as the plan stored it (the library's English, or a
// center's own name): the screen, the PDF and the CSV say it in the reader's language through fr.json.

const iraeWith = (regimen: string | null) =>
  ({
    iraes: [
      { soc: 'Gastrointestinal disorders', term: 'Diarrhea', meddraCode: '10012735', grade: 2, regimen, firstDose: true, events: 1 },
    ],
  }) as unknown as ReportSummary;
const regimenCell = (language: Locale, regimen: string | null) =>
  SECTION_TABLES.iraes(iraeWith(regimen), reportText(language)).rows[0]!['regimen'];

describe('the regimen column of the side-effect table', () => {
  it('says a library regimen in the reader’s language', () => {
    expect(regimenCell('en', 'Pembrolizumab 200 mg every 3 weeks')).toBe('Pembrolizumab 200 mg every 3 weeks');
    expect(regimenCell('fr', 'Pembrolizumab 200 mg every 3 weeks')).toBe('Pembrolizumab 200 mg toutes les 3 semaines');
  });

  it('keeps a center’s own name and a missing regimen as they are', () => {
    expect(regimenCell('fr', 'Protocole local pembrolizumab')).toBe('Protocole local pembrolizumab');
    expect(regimenCell('fr', null)).toBeNull();
  });
});
