import i18next from 'i18next';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { library } from '../clinical/library';
import { appI18n, rendererModule } from '../../support/app-i18n';

// A plan stores its regimen's name as it was: the library's English when the plan was made, or a center regimen's
// own name. Screens show it in the reader's language through fr.json, and leave a name it has no French for as it
// was stored.

type Localized = { text: string; lang?: 'fr' };
const { regimenNameIn, RegimenName } = await rendererModule<{
  regimenNameIn: (language: string, name: string) => Localized;
  RegimenName: (props: { name: string; library?: boolean }) => unknown;
}>('lib/clinicalText.tsx');

const ADJUVANT = 'Pembrolizumab 200 mg every 3 weeks, adjuvant, up to 12 months';
const CENTER_OWN = 'Pembro 200 mg q3w — protocole local du CHU';
const OLDER = 'Pembrolizumab 200 mg every three weeks';
const markup = (name: string, library?: boolean) =>
  renderToStaticMarkup(createElement(RegimenName as never, { name, ...(library ? { library } : {}) }));

beforeAll(async () => {
  await appI18n();
});
afterEach(async () => {
  await i18next.changeLanguage('en');
});

describe('regimen names in the reader’s language', () => {
  it('shows the library’s English on English screens, unchanged and unmarked', () => {
    expect(regimenNameIn('en', ADJUVANT)).toEqual({ text: ADJUVANT });
    expect(markup(ADJUVANT, true)).toBe(`<span>${ADJUVANT}</span>`);
  });

  it('shows fr.json’s French on French screens, the numbers as the English has them', async () => {
    expect(regimenNameIn('fr', ADJUVANT)).toEqual({
      text: 'Pembrolizumab 200 mg toutes les 3 semaines, en adjuvant, jusqu’à 12 mois',
      lang: 'fr',
    });
    expect(regimenNameIn('fr', 'Atezolizumab 1,200 mg every 3 weeks').text).toBe(
      'Atezolizumab 1\u00a0200 mg toutes les 3 semaines',
    );
    await i18next.changeLanguage('fr');
    expect(markup('Nivolumab 1 mg/kg + ipilimumab 3 mg/kg every 3 weeks ×4, then nivolumab alone')).toBe(
      '<span lang="fr">Nivolumab 1 mg/kg + ipilimumab 3 mg/kg toutes les 3 semaines ×4, puis nivolumab seul</span>',
    );
  });

  it('has French for every library regimen’s name and setting', () => {
    const shown = library.regimens.flatMap((r) => [r.name, r.setting]);
    expect(shown.filter((text) => regimenNameIn('fr', text).lang !== 'fr')).toEqual([]);
    expect(regimenNameIn('fr', 'Adjuvant treatment (adults)').text).toBe('Traitement adjuvant (adultes)');
  });

  it('leaves a center regimen’s own name as the center wrote it, in either language, unmarked', async () => {
    expect(regimenNameIn('fr', CENTER_OWN)).toEqual({ text: CENTER_OWN });
    expect(regimenNameIn('en', CENTER_OWN)).toEqual({ text: CENTER_OWN });
    await i18next.changeLanguage('fr');
    expect(markup(CENTER_OWN)).toBe(`<span>${CENTER_OWN}</span>`);
  });

  it('keeps an older library name without French as stored, marked English only where it is known to be the library’s', async () => {
    expect(regimenNameIn('fr', OLDER)).toEqual({ text: OLDER });
    await i18next.changeLanguage('fr');
    expect(markup(OLDER, true)).toBe(`<span lang="en">${OLDER}</span>`);
    expect(markup(OLDER)).toBe(`<span>${OLDER}</span>`);
  });
});
