import { addDays, assertIsoDate } from './dates';
import type { IsoDate } from './dates';
import type { CarTIndication, CarTProduct, LdAgent, LdRegimen } from './schema-car-t';
import { unverifiedUnder } from './schema-common';

// CAR T calendar around day 0 (the infusion).
// "End" convention: an N-day requirement ends on day0 + N, inclusive — the last day it still applies. Day 0 is
// the infusion day and day 1 the first day after it, so "daily monitoring for at least 7 days" runs through day 7.
// LD "N days after completion" (labels that give a window) is placed with N full days between the last LD day
// and day 0, the pattern of the Abecma label (LD −5…−3, "infuse 2 days after LD completion"). That
// placement is listed as UNVERIFIED in each product that uses it.

export interface LdDay {
  date: IsoDate;
  dayOffset: number;
  agents: LdAgent[];
}

export interface PlannedAdditionalInfusion {
  label: string;
  date: IsoDate;
  earliest: IsoDate;
  latest: IsoDate;
  postponeUntil: IsoDate | null;
  text: string;
}

export interface CarTCalendar {
  productId: string;
  indicationId: string;
  ldRegimenId: string | null;
  lymphodepletion: LdDay[];
  /** A lymphodepletion the sources give without its days: to book by hand from the prescriber's order. */
  ldText: string | null;
  day0: IsoDate;
  additionalInfusions: PlannedAdditionalInfusion[];
  dailyMonitoringEnd: IsoDate;
  stayNearEnd: IsoDate;
  noDrivingEnd: IsoDate;
  basis: 'current';
  unverified: string[];
}

export interface CarTCalendarOptions {
  /** Pick an alternative LD regimen (Kymriah bendamustine); default: the indication's non-alternative one. */
  ldRegimenId?: string;
  /** For window labels: days between LD completion and infusion chosen by the center; default: the window minimum. */
  daysAfterLdCompletion?: number;
}

export class CarTCalendarError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CarTCalendarError';
  }
}

export function carTCalendar(
  product: CarTProduct,
  indicationId: string,
  day0: IsoDate,
  options: CarTCalendarOptions = {},
): CarTCalendar {
  assertIsoDate(day0);
  const indication = product.indications.find((candidate) => candidate.id === indicationId);
  if (indication === undefined) throw new CarTCalendarError(`${product.brandName} has no indication "${indicationId}"`);
  const ldRegimen = chooseLdRegimen(product, indicationId, options.ldRegimenId);
  const { current } = product.monitoring;
  const additionalInfusions = product.additionalInfusions.map((infusion) => ({
    label: infusion.label,
    date: addDays(day0, infusion.dayOffset),
    earliest: addDays(day0, infusion.dayOffset - infusion.toleranceDays),
    latest: addDays(day0, infusion.dayOffset + infusion.toleranceDays),
    // Only when a hold rule allows it (Aucatzyl: CRS grade 2 after the first dose, up to label Day 21).
    postponeUntil: infusion.latestDayOffset === undefined ? null : addDays(day0, infusion.latestDayOffset),
    text: infusion.text,
  }));
  // Monitoring must cover the last (larger) split dose too: its periods then count from that infusion.
  const last = current.countsFrom === 'last-infusion' ? (additionalInfusions.at(-1)?.date ?? day0) : day0;
  return {
    productId: product.id,
    indicationId,
    ldRegimenId: ldRegimen?.id ?? null,
    lymphodepletion: ldRegimen ? ldDays(ldRegimen, indication, day0, options.daysAfterLdCompletion) : [],
    ldText: ldRegimen?.anchor === 'unscheduled' ? ldRegimen.text : null,
    day0,
    additionalInfusions,
    dailyMonitoringEnd: addDays(last, current.dailyMonitoringDays),
    stayNearEnd: addDays(last, current.stayNearDays),
    noDrivingEnd: addDays(last, current.noDrivingDays),
    basis: 'current',
    unverified: ['lymphodepletion', 'monitoring.current', 'additionalInfusions', 'premedication']
      .flatMap((path) => unverifiedUnder(product, path))
      .map((entry) => `${product.id}/${entry}`),
  };
}

function chooseLdRegimen(product: CarTProduct, indicationId: string, ldRegimenId?: string): LdRegimen | undefined {
  const forIndication = product.lymphodepletion.filter((regimen) => regimen.indicationIds.includes(indicationId));
  if (ldRegimenId !== undefined) {
    const chosen = forIndication.find((regimen) => regimen.id === ldRegimenId);
    if (chosen === undefined) {
      throw new CarTCalendarError(`${product.brandName} has no LD regimen "${ldRegimenId}" for "${indicationId}"`);
    }
    return chosen;
  }
  // No LD regimen at all is allowed only where the library lists it as not found (Aucatzyl).
  return forIndication.find((regimen) => !regimen.isAlternative);
}

function ldDays(regimen: LdRegimen, indication: CarTIndication, day0: IsoDate, daysAfter?: number): LdDay[] {
  if (regimen.anchor === 'unscheduled') return [];
  if (regimen.anchor === 'day0') {
    return regimen.days.map((day) => ({
      date: addDays(day0, day.dayOffset),
      dayOffset: day.dayOffset,
      agents: day.agents,
    }));
  }
  const window = indication.infusionWindow;
  if (window === undefined) throw new CarTCalendarError(`Indication "${indication.id}" has no infusion window`);
  const gap = daysAfter ?? window.minDaysAfterLd;
  if (!Number.isInteger(gap) || gap < window.minDaysAfterLd || gap > window.maxDaysAfterLd) {
    throw new CarTCalendarError(
      `Infusion ${gap} days after LD is outside the label window (${window.minDaysAfterLd}–${window.maxDaysAfterLd} days)`,
    );
  }
  const lastLdDay = Math.max(...regimen.days.map((day) => day.ldDay));
  // With `gap` full days between the last LD day and day 0, the last LD day is day −(gap + 1).
  return regimen.days.map((day) => {
    const dayOffset = day.ldDay - lastLdDay - (gap + 1);
    return { date: addDays(day0, dayOffset), dayOffset, agents: day.agents };
  });
}
