// The one way the app compares what a person types with what is on screen: case, accents and punctuation do not
// count. "nunez" finds "ÑÚÑEZ", "lefevre" finds "Lefèvre", "o'b" finds "O'Brien", "guillain barre" finds
// "Guillain-Barré". Every filter and search box folds both sides with `foldText`; stored search keys (patients)
// are folded with it too, so typing and storing can never disagree.

const LIGATURES: Record<string, string> = { œ: 'oe', æ: 'ae', ß: 'ss', ø: 'o', đ: 'd', ł: 'l' };

/** Lower-case, accent-free text with single spaces for any run of punctuation; apostrophes join words. */
export function foldText(text: string): string {
  return (
    text
      .normalize('NFD')
      .replace(/\p{M}/gu, '')
      .toLowerCase()
      .replace(/[œæßøđł]/g, (c) => LIGATURES[c] ?? c)
      // "O'Brien" is one word: typing "obrien" or "o'b" must find it.
      .replace(/['’`ʼ]/g, '')
      .replace(/[^\p{L}\p{N}]+/gu, ' ')
      .trim()
  );
}

/**
 * Whether `text` holds `query` as typed, folded ("okonkwo reyes" finds "OKONKWO-REYES, Marisol"; "chair 1" finds
 * "Chair 1" without every row whose time or MRN holds a 1). An empty query matches everything.
 */
export function matchesFolded(text: string, query: string): boolean {
  const folded = foldText(query);
  return folded === '' || foldText(text).includes(folded);
}
