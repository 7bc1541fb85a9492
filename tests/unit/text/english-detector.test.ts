import { describe, expect, it } from 'vitest';
import { frenchProblems } from '../../support/english-detector';

// The detector the French walk (tests/e2e/french-walk.spec.ts) reads each screen with: it must find English
// sentences and English-style numbers and dates, and pass French sentences, drug names and allowed terms.

const kinds = (text: string, allowed: string[] = []) => frenchProblems(text, allowed).map((p) => p.kind);
const matches = (text: string, allowed: string[] = []) => frenchProblems(text, allowed).map((p) => p.match);

describe('frenchProblems', () => {
  it.each([
    ['Consent: none on file for this plan.', ['none', 'for', 'this']],
    ['Education given on 2026-11-20.', ['given', '2026-11-20']],
    ['Hold for the prescriber', ['Hold', 'for', 'the']],
    ['No known allergies', ['No']],
    ['Signed by Marie Tremblay at 09:45', ['Signed', 'by', 'at']],
    ['The dose was not given until after lunch.', ['The', 'was', 'not', 'given', 'until', 'after']],
    ['Pembrolizumab 200 mg every 3 weeks, adjuvant, up to 12 months', ['every', 'weeks', 'to', 'months']],
    [
      'Nivolumab 1 mg/kg + ipilimumab 3 mg/kg every 3 weeks ×4, then nivolumab alone',
      ['every', 'weeks', 'then', 'alone'],
    ],
    [
      'Unresectable or metastatic melanoma (adults and children ≥12 years)',
      ['or', 'adults', 'and', 'children', 'years'],
    ],
  ])('finds the English words of “%s”', (text, found) => {
    expect(matches(text)).toEqual(found);
  });

  it.each([
    'Consentement : écrit, 20 nov. 2026, recueilli par Dr Nadia Okafor.',
    'Suspendu pour le prescripteur',
    'On peut reprendre la dose quand le grade est 1 ou moins ; doses suivantes à 21 jours.',
    'Date de naissance : 14 sept. 1962 — Session ouverte : Marie Tremblay',
    'Température 37,9 °C, poids 72,4 kg, débit 200 mL/h, créatinine 80 µmol/L.',
    'Aujourd’hui à 10:00, fauteuil 1, l’infirmière : AL. Total : 3 patients. Plan de traitement.',
    'Pembrolizumab 200 mg toutes les 3 semaines, en adjuvant, jusqu’à 12 mois — Traitement adjuvant (adultes)',
    'Durvalumab 1 500 mg toutes les 3 semaines avec chimiothérapie ×4, puis toutes les 4 semaines',
  ])('passes the French “%s”', (text) => {
    expect(frenchProblems(text)).toEqual([]);
  });

  it('finds ISO dates, not other digits with dashes', () => {
    expect(kinds('prélevé le 2026-11-26 14:00 ; DEMO-007301 ; 12-34')).toEqual(['iso-date']);
  });

  it.each([
    ['37.9 °C', '37.9 °C'],
    ['poids 72.4 kg', '72.4 kg'],
    ['débit 12.5 mL/h', '12.5 mL/h'],
    ['0.5 mg/kg', '0.5 mg/kg'],
    ['NaCl 0.9 %', '0.9 %'],
  ])('finds the decimal point in %s', (text, found) => {
    expect(matches(text)).toEqual([found]);
  });

  it('finds English thousands before a unit, not French ones or a decimal comma', () => {
    expect(kinds('Durvalumab 1,500 mg IV')).toEqual(['thousands-comma']);
    expect(kinds('dose totale 12,000 mg')).toEqual(['thousands-comma']);
    expect(frenchProblems('Durvalumab 1\u202f500 mg ; 1\u00a0000 mg ; 217,2 mg ; 37,9 °C ; 1,5 mg')).toEqual([]);
  });

  it('does not take a version or a time for a number with a unit', () => {
    expect(frenchProblems('CTCAE v5.0 ; fiche 2026.12-1 ; 10.30 heures')).toEqual([]);
  });

  it('allows drug and brand names, in any case, and the terms the caller allows', () => {
    expect(frenchProblems('Pembrolizumab (KEYTRUDA) 200 mg')).toEqual([]);
    expect(matches('Pain of skin, grade 1', ['Pain of skin'])).toEqual([]);
    expect(matches('Pain of skin, grade 1')).toEqual(['of']);
  });

  it('says where each hit is, with the words around it', () => {
    const [hit] = frenchProblems('Prochaine dose : Ready to treat — à vérifier');
    expect(hit).toEqual({ kind: 'english', match: 'Ready', context: 'Prochaine dose : Ready to treat — à vérifier' });
  });
});
