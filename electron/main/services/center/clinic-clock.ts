import { dateInZone } from '../../../../shared/schedule/timezone';
import type { CoreDeps } from '../../core/deps';

// Clinic dates are local calendar dates. The center's zone is the workstation's: Chairside runs on the
// center's own machines. TODO(lead): a center time-zone setting if one install ever serves several zones.

export function clinicTimeZone(): string {
  return process.env.CHAIRSIDE_TIME_ZONE ?? Intl.DateTimeFormat().resolvedOptions().timeZone;
}

export function clinicToday(deps: Pick<CoreDeps, 'now'>): string {
  return dateInZone(deps.now(), clinicTimeZone());
}
