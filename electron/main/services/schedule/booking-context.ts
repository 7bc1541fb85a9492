import type { CenterLimits } from '../../../../shared/ipc/contract/center';
import type { ChairTimeRules, VisitNeeds } from '../../../../shared/schedule/chair-time';
import { chairTimeFor } from '../../../../shared/schedule/chair-time';
import { addDays } from '../../../../shared/scheduling/chooseDay';
import type { Appointment as Placed, ClinicDay } from '../../../../shared/scheduling/model';
import { liveOnDate } from '../../repositories/appointments';
import type { Executor } from '../audit/audit';
import { getCenterLimits, getClinicDay } from '../center/center';
import { listInjectionPlaces } from '../../repositories/injection-places';
import { seatsOf } from '../../../../shared/schedule/injection-seats';

/** Where a visit sits: an infusion chair, or a seat of an injection place (subcutaneous products). */
export type VisitResource = 'chair' | 'injection';

export function chairTimeRules(limits: CenterLimits): ChairTimeRules {
  return {
    preAssessmentMinutes: limits.preAssessmentMinutes,
    premedicationWaitMinutes: limits.premedicationWaitMinutes,
    observationMinutes: limits.postInfusionObservationMinutes,
    firstDoseExtraObservationMinutes: limits.firstDoseExtraObservationMinutes,
    slotMinutes: limits.slotMinutes,
  };
}

/**
 * What placement needs inside one booking transaction: clinic days and each day's live appointments, read
 * once and then kept up to date as this booking adds appointments, so dose 3 sees dose 2's chair.
 */
export class BookingContext {
  private readonly days = new Map<string, ClinicDay | null>();
  private readonly booked = new Map<string, Placed[]>();

  private constructor(
    readonly executor: Executor,
    readonly limits: CenterLimits,
    private readonly excluded: readonly string[],
    private readonly injectionSeats: ClinicDay['chairs'],
  ) {}

  /** `excluded`: appointments about to move, which must not block their own new places. */
  static async open(ex: Executor, excluded: readonly string[] = []): Promise<BookingContext> {
    const seats = (await listInjectionPlaces(ex)).flatMap(seatsOf).map((s) => ({ id: s.id, active: s.active }));
    return new BookingContext(ex, await getCenterLimits(ex), excluded, seats);
  }

  get rules(): ChairTimeRules {
    return chairTimeRules(this.limits);
  }

  chairMinutes(visit: VisitNeeds): number {
    return chairTimeFor(visit, this.rules).totalMinutes;
  }

  /** Loads one date's clinic day and live appointments, once. */
  async load(date: string): Promise<void> {
    if (this.days.has(date)) return;
    this.days.set(date, await getClinicDay(this.executor, date));
    this.booked.set(date, await liveOnDate(this.executor, date, this.excluded));
  }

  /** Loads every date within the tolerance around `target`, so chooseDay can decide synchronously. */
  async preloadAround(target: string): Promise<void> {
    const tolerance = this.limits.schedulingToleranceDays;
    for (let offset = -tolerance; offset <= tolerance; offset++) await this.load(addDays(target, offset));
  }

  /**
   * The day as the placer sees it for one kind of visit: infusion chairs only, or injection seats only, so an
   * IV visit never lands on an injection seat and a subcutaneous one never takes an infusion chair.
   */
  day(date: string, resource: VisitResource = 'chair'): ClinicDay | null {
    const day = this.days.get(date) ?? null;
    return day && resource === 'injection' ? { ...day, chairs: this.injectionSeats } : day;
  }

  get hasInjectionSeats(): boolean {
    return this.injectionSeats.some((s) => s.active);
  }

  existing(date: string): readonly Placed[] {
    return this.booked.get(date) ?? [];
  }

  add(date: string, appointment: Placed): void {
    const list = this.booked.get(date);
    if (list) list.push(appointment);
    else this.booked.set(date, [appointment]);
  }
}
