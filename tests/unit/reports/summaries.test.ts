import { describe, expect, it } from 'vitest';
import type { ReportSummary } from '../../../shared/ipc/contract/reports';
import type { Locale } from '../../../shared/ipc/schemas';
import { SECTION_VIEWS } from '../../../shared/reports/plots';
import { reportText } from '../../../shared/reports/text';

// Each report section opens with a sentence of counts. Every count is said with its own plural form, in English
// and in French: "1 visit" and "2 visits", "1 jour ouvert" and "2 jours ouverts" (French puts 0 in the singular).

/** A range in which every count the summaries say is `n`. */
function summaryWith(n: number): ReportSummary {
  const few = <T>(row: T): T[] => (n === 0 ? [] : [row]);
  return {
    range: { from: '2026-11-02', to: '2026-11-06' },
    utilisation: { activeChairs: n, openDays: n, cells: [], occupiedVisits: n, bookedVisits: n },
    staffing: {
      maxPatientsPerNurse: n,
      maxStartsPerNursePerSlot: n,
      slotMinutes: 15,
      hours: [],
      ratioBreaches: 0,
      staggerBreaches: 0,
      unassignedVisits: 0,
    },
    waiting: {
      measuredVisits: n,
      medianMinutes: null,
      p90Minutes: null,
      buckets: [],
      drugWaitMedianMinutes: null,
      bookedVisits: n,
      noShows: 0,
      sameDayCancellations: 0,
    },
    reactions: few({ drugId: 'pembrolizumab', doseNumber: 1, grade: 2, firstDose: true, reactions: n }),
    iraes: few({
      soc: 'Gastrointestinal disorders',
      term: 'Diarrhea',
      meddraCode: '10012735',
      grade: 2,
      regimen: null,
      firstDose: true,
      events: n,
    }),
    carT: Array.from({ length: n }, (_, i) => ({
      patientMrn: `MRN-${i}`,
      planId: `plan-${i}`,
      infusionDate: '2026-11-02',
      maxCrsGrade: null,
      crsOnsetDay: null,
      maxIcansGrade: null,
      icansOnsetDay: null,
      assessments: 1,
    })),
    education: { firstDoses: n, withEducation: n, withWalletCard: 0, withoutEducation: 0 },
  };
}

const summaries = (language: Locale, n: number) =>
  Object.fromEntries(
    Object.entries(SECTION_VIEWS).map(([section, view]) => [section, view(summaryWith(n), reportText(language)).summary]),
  );

const EXPECTED: [Locale, number, Record<string, string>][] = [
  [
    'en',
    0,
    {
      utilisation:
        '0 active chairs, 0 open days. Booked: 0 visits. Occupied (check-in to chair release) charted for 0 visits.',
      staffing: 'Limits: 0 patients per nurse, 0 starts per nurse per 15-minute slot.',
      waiting: '0 visits with check-in and infusion start charted.',
      reactions: '0 infusion reactions; 0 on a first dose.',
      iraes: '0 immune-related adverse events; 0 before a second dose.',
      'car-t': '0 CAR T patients assessed in this range.',
      education: '0 first doses: 0 with education recorded (0 with a wallet card), 0 without.',
    },
  ],
  [
    'en',
    1,
    {
      utilisation:
        '1 active chair, 1 open day. Booked: 1 visit. Occupied (check-in to chair release) charted for 1 visit.',
      staffing: 'Limits: 1 patient per nurse, 1 start per nurse per 15-minute slot.',
      waiting: '1 visit with check-in and infusion start charted.',
      reactions: '1 infusion reaction; 1 on a first dose.',
      iraes: '1 immune-related adverse event; 1 before a second dose.',
      'car-t': '1 CAR T patient assessed in this range.',
      education: '1 first dose: 1 with education recorded (0 with a wallet card), 0 without.',
    },
  ],
  [
    'en',
    2,
    {
      utilisation:
        '2 active chairs, 2 open days. Booked: 2 visits. Occupied (check-in to chair release) charted for 2 visits.',
      staffing: 'Limits: 2 patients per nurse, 2 starts per nurse per 15-minute slot.',
      waiting: '2 visits with check-in and infusion start charted.',
      reactions: '2 infusion reactions; 2 on a first dose.',
      iraes: '2 immune-related adverse events; 2 before a second dose.',
      'car-t': '2 CAR T patients assessed in this range.',
      education: '2 first doses: 2 with education recorded (0 with a wallet card), 0 without.',
    },
  ],
  [
    'fr',
    0,
    {
      utilisation:
        '0 fauteuil actif, 0 jour ouvert, 0 visite réservée. Occupation (de l’accueil à la libération du fauteuil) notée pour 0 visite.',
      staffing: 'Limites : 0 patient par infirmière, 0 début par infirmière par tranche de 15 minutes.',
      waiting: '0 visite avec accueil et début de perfusion notés.',
      reactions: '0 réaction à la perfusion ; 0 lors d’une première dose.',
      iraes: '0 effet indésirable immunologique ; 0 avant une deuxième dose.',
      'car-t': '0 patient CAR T évalué sur cette période.',
      education: '0 première dose : 0 avec éducation notée (0 avec carte patient), 0 sans.',
    },
  ],
  [
    'fr',
    1,
    {
      utilisation:
        '1 fauteuil actif, 1 jour ouvert, 1 visite réservée. Occupation (de l’accueil à la libération du fauteuil) notée pour 1 visite.',
      staffing: 'Limites : 1 patient par infirmière, 1 début par infirmière par tranche de 15 minutes.',
      waiting: '1 visite avec accueil et début de perfusion notés.',
      reactions: '1 réaction à la perfusion ; 1 lors d’une première dose.',
      iraes: '1 effet indésirable immunologique ; 1 avant une deuxième dose.',
      'car-t': '1 patient CAR T évalué sur cette période.',
      education: '1 première dose : 1 avec éducation notée (0 avec carte patient), 0 sans.',
    },
  ],
  [
    'fr',
    2,
    {
      utilisation:
        '2 fauteuils actifs, 2 jours ouverts, 2 visites réservées. Occupation (de l’accueil à la libération du fauteuil) notée pour 2 visites.',
      staffing: 'Limites : 2 patients par infirmière, 2 débuts par infirmière par tranche de 15 minutes.',
      waiting: '2 visites avec accueil et début de perfusion notés.',
      reactions: '2 réactions à la perfusion ; 2 lors d’une première dose.',
      iraes: '2 effets indésirables immunologiques ; 2 avant une deuxième dose.',
      'car-t': '2 patients CAR T évalués sur cette période.',
      education: '2 premières doses : 2 avec éducation notée (0 avec carte patient), 0 sans.',
    },
  ],
];

describe('the report summaries', () => {
  it.each(EXPECTED)('count with plural forms in %s at %i', (language, n, expected) => {
    const said = summaries(language, n);
    expect(Object.keys(said).sort()).toEqual(Object.keys(expected).sort());
    for (const [section, words] of Object.entries(expected)) {
      if (section === 'utilisation' || section === 'car-t') expect(said[section], section).toBe(words);
      else expect(said[section], section).toContain(words.replace(/\.$/, ''));
      expect(said[section], section).not.toMatch(/\(s\)|\{\{|_one|_other/);
    }
  });
});
