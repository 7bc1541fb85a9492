import { sourcesOf } from './due-labs';
import type { IraeOrgan, Monitoring } from './monitoring';
import type { ReadySource, Words } from './result';

// Hold, resume, discontinue when a side effect is charted: the organ (by the CTCAE term's organ class, or the
// term itself for lab terms such as ALT increased), the decision for its grade, the resume rule, and the
// decision for every drug of the regimen (a combination is withheld whole). A grade above 4 is death:
// nothing to advise. A term of no listed organ gets the general ASCO rule only.

export type IraeDecision = 'continue' | 'withhold' | 'discontinue';

export interface OrganGuidance {
  organ: { id: string; names: Words } | null;
  grade: number;
  decision: IraeDecision;
  /** Each drug of the regimen with the same decision. */
  drugs: { drugId: string; drugName: string; decision: IraeDecision }[];
  resume: Words | null;
  combination: Words | null;
  sources: ReadySource[];
}

function organOf(monitoring: Monitoring, soc: string, meddraCode: string): IraeOrgan | null {
  const organs = monitoring.iraeGuidance.organs;
  return organs.find((o) => o.meddraCodes?.includes(meddraCode)) ?? organs.find((o) => o.socs.includes(soc)) ?? null;
}

/** The general ASCO 2021 rule when no organ is listed: grade 1 continue, 2–3 withhold, 4 discontinue. */
const GENERAL: Record<1 | 2 | 3 | 4, IraeDecision> = { 1: 'continue', 2: 'withhold', 3: 'withhold', 4: 'discontinue' };

export function iraeGuidanceFor(
  monitoring: Monitoring,
  term: { soc: string; meddraCode: string; grade: number },
  drugs: readonly { drugId: string; drugName: string }[],
): OrganGuidance | null {
  if (term.grade < 1 || term.grade > 4) return null;
  const grade = term.grade as 1 | 2 | 3 | 4;
  const organ = organOf(monitoring, term.soc, term.meddraCode);
  const decision = organ ? organ.grades[String(grade) as '1'] : GENERAL[grade];
  const g = monitoring.iraeGuidance;
  const isCombination = drugs.length > 1 && decision !== 'continue';
  return {
    organ: organ && { id: organ.id, names: organ.names },
    grade,
    decision,
    drugs: drugs.map((d) => ({ ...d, decision })),
    resume: decision === 'withhold' ? g.resume.text : null,
    combination: isCombination ? g.combination.text : null,
    sources: sourcesOf(monitoring, [
      ...(organ?.sources ?? ['asco-2021']),
      ...(decision === 'withhold' ? g.resume.sources : []),
      ...(isCombination ? g.combination.sources : []),
    ]),
  };
}
