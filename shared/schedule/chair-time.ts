// How long a visit holds a chair (a derived rule, not a published standard): pre-assessment and line access, then the
// premedication wait when the visit has premedication, the infusion itself (first or later time, from the
// library), then observation, with extra observation after a first dose. The minutes other than the
// infusion are the center's policy, so they come from the center's settings, never from constants here.

export interface ChairTimeRules {
  preAssessmentMinutes: number;
  premedicationWaitMinutes: number;
  observationMinutes: number;
  firstDoseExtraObservationMinutes: number;
  /** Chair time is rounded up to the booking grid so blocks line up (15 minutes in most centers). */
  slotMinutes: number;
}

export interface VisitNeeds {
  infusionMinutes: number;
  hasPremedication: boolean;
  isFirstDose: boolean;
  /**
   * The center's own observation after a first dose of one of this visit's drugs (a per-drug center policy
   * set in the library screen; no label sets one). It replaces the center-wide first-dose observation.
   */
  firstDoseObservationMinutes?: number | undefined;
}

export interface ChairTime {
  totalMinutes: number;
  parts: { preAssessment: number; premedicationWait: number; infusion: number; observation: number; rounding: number };
}

export function chairTimeFor(visit: VisitNeeds, rules: ChairTimeRules): ChairTime {
  const preAssessment = rules.preAssessmentMinutes;
  const premedicationWait = visit.hasPremedication ? rules.premedicationWaitMinutes : 0;
  const observation = observationFor(visit, rules);
  const raw = preAssessment + premedicationWait + visit.infusionMinutes + observation;
  const step = Math.max(1, rules.slotMinutes);
  const totalMinutes = Math.max(step, Math.ceil(raw / step) * step);
  return {
    totalMinutes,
    parts: {
      preAssessment,
      premedicationWait,
      infusion: visit.infusionMinutes,
      observation,
      rounding: totalMinutes - raw,
    },
  };
}

function observationFor(visit: VisitNeeds, rules: ChairTimeRules): number {
  if (!visit.isFirstDose) return rules.observationMinutes;
  if (visit.firstDoseObservationMinutes !== undefined) return visit.firstDoseObservationMinutes;
  return rules.observationMinutes + rules.firstDoseExtraObservationMinutes;
}
