// British spellings of CTCAE words, so "diarrhoea" finds "Diarrhea". CTCAE v5.0 (NCI, the file in
// resources/clinical/ctcae-v5-terms.tsv) writes American English; nurses trained in the UK, Ireland, Australia or
// Canada often type the British form. Each pair differs in spelling only (the oe and ae digraphs, -our, ph/f),
// as the Oxford English Dictionary lists them; none is a clinical synonym, so no pair can change what a term means.

/** [British part, American part], matched inside folded words ("lymphoedema" → "lymphedema"). */
export const BRITISH_TO_AMERICAN: ReadonlyArray<readonly [string, string]> = [
  ['oesophag', 'esophag'], // oesophagitis, oesophageal
  ['oedema', 'edema'], // oedema, lymphoedema, papilloedema
  ['rrhoea', 'rrhea'], // diarrhoea, amenorrhoea, rhinorrhoea
  ['pnoea', 'pnea'], // dyspnoea, apnoea, tachypnoea
  ['coeliac', 'celiac'],
  ['oestr', 'estr'], // oestrogen
  ['haem', 'hem'], // haemorrhage, haematuria, haemolysis, haemoglobin
  ['aemia', 'emia'], // anaemia, leukaemia, hypokalaemia, septicaemia
  ['aem', 'em'], // leukaemic, ischaemic
  ['paed', 'ped'],
  ['aesthe', 'esthe'], // paraesthesia, dysaesthesia, anaesthesia
  ['gynaec', 'gynec'],
  ['faec', 'fec'], // faecal
  ['tumour', 'tumor'],
  ['colour', 'color'],
  ['sulph', 'sulf'],
];

/** Folded text with every British spelling written the American way (CTCAE's). */
export function americanSpelling(folded: string): string {
  let text = folded;
  for (const [british, american] of BRITISH_TO_AMERICAN) {
    if (text.includes(british)) text = text.replaceAll(british, american);
  }
  return text;
}
