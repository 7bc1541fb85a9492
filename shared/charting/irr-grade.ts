import { gradeIfDecided, type Domains, type Findings, type Gradable } from '../clinical/gradable';

// CTCAE v5.0 "Infusion related reaction" (MedDRA 10051792) as guided questions, each taken from the grade
// texts (NCI CTCAE v5.0, 27 Nov 2017):
//   G1 "Mild transient reaction; infusion interruption not indicated; intervention not indicated"
//   G2 "Therapy or infusion interruption indicated but responds promptly to symptomatic treatment …"
//   G3 "Prolonged (e.g., not rapidly responsive to symptomatic medication and/or brief interruption of
//       infusion); recurrence of symptoms following initial improvement; hospitalization indicated for
//       clinical sequelae"
//   G4 "Life-threatening consequences; urgent intervention indicated"
// In CTCAE a semicolon means "or", so any one G3 criterion makes grade 3. Grade 5 (death) is never suggested.
// An unanswered question that could change the grade leaves the suggestion "not gradable yet".

export interface IrrAnswers {
  lifeThreatening: boolean;
  hospitalisation: boolean;
  recurrence: boolean;
  interruptionOrTreatment: boolean;
  /** Asked only when the infusion was interrupted or symptoms treated. */
  promptResponse: boolean;
}

/** The order the form asks the questions in (the most severe first). */
export const IRR_QUESTION_KEYS = [
  'lifeThreatening',
  'hospitalisation',
  'recurrence',
  'interruptionOrTreatment',
  'promptResponse',
] as const satisfies readonly (keyof IrrAnswers)[];

const BOTH = [false, true] as const;
const DOMAINS: Domains<IrrAnswers> = {
  lifeThreatening: BOTH,
  hospitalisation: BOTH,
  recurrence: BOTH,
  interruptionOrTreatment: BOTH,
  promptResponse: [true, false],
};

export function irrGrade(a: IrrAnswers): { grade: 1 | 2 | 3 | 4; reason: string } {
  if (a.lifeThreatening)
    return { grade: 4, reason: 'Grade 4: life-threatening consequences; urgent intervention indicated.' };
  const g3 = [
    a.hospitalisation && 'hospitalization indicated for clinical sequelae',
    a.recurrence && 'recurrence of symptoms following initial improvement',
    a.interruptionOrTreatment && !a.promptResponse && 'prolonged: not rapidly responsive to symptomatic treatment',
  ].filter((text): text is string => typeof text === 'string');
  if (g3.length > 0) return { grade: 3, reason: `Grade 3: ${g3.join('; ')}.` };
  if (a.interruptionOrTreatment) {
    return {
      grade: 2,
      reason: 'Grade 2: interruption or treatment indicated, with a prompt response to symptomatic treatment.',
    };
  }
  return { grade: 1, reason: 'Grade 1: mild transient reaction; no interruption or intervention indicated.' };
}

export function gradeIrr(answers: Partial<Findings<IrrAnswers>>): Gradable {
  // promptResponse means nothing when nothing was interrupted or treated: then it is not a missing answer.
  const findings: Findings<IrrAnswers> = {
    lifeThreatening: answers.lifeThreatening ?? null,
    hospitalisation: answers.hospitalisation ?? null,
    recurrence: answers.recurrence ?? null,
    interruptionOrTreatment: answers.interruptionOrTreatment ?? null,
    promptResponse: answers.interruptionOrTreatment === false ? true : (answers.promptResponse ?? null),
  };
  return gradeIfDecided(findings, DOMAINS, irrGrade);
}
