import type { CenterLimits } from '../../../shared/ipc/contract/center';
import type { ChairTimeRules, VisitNeeds } from '../../../shared/schedule/chair-time';
import { chairTimeFor } from '../../../shared/schedule/chair-time';
import { addDays } from '../../../shared/scheduling/chooseDay';
import type { Appointment as Placed, ClinicDay } from '../../../shared/scheduling/model';
import { liveOnDate } from '../repositories/appointments';
import type { Executor } from './audit';
import { getCenterLimits, getClinicDay } from './center';

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
  ) {}

  /** `excluded`: appointments about to move, which must not block their own new places. */
  static async open(ex: Executor, excluded: readonly string[] = []): Promise<BookingContext> {
    return new BookingContext(ex, await getCenterLimits(ex), excluded);
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

  day(date: string): ClinicDay | null {
    return this.days.get(date) ?? null;
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
