import { dateInZone } from '../../../../shared/schedule/timezone';
import type { CoreDeps } from '../../core/deps';

// Clinic dates are local calendar dates. The center's zone is the workstation's: Chairside runs on the
// center's own machines. TODO(lead): a center time-zone setting if one install ever serves several zones.

// Node reads the system's zone once, at start, so it is asked once: building a DateTimeFormat on every call
// cost more than the query around it (clinicToday runs on most requests).
let workstationZone: string | undefined;

export function clinicTimeZone(): string {
  return process.env.CHAIRSIDE_TIME_ZONE ?? (workstationZone ??= Intl.DateTimeFormat().resolvedOptions().timeZone);
}

export function clinicToday(deps: Pick<CoreDeps, 'now'>): string {
  return dateInZone(deps.now(), clinicTimeZone());
}
