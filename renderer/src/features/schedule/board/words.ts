import i18next from 'i18next';
import { minuteInZone } from '../../../../../shared/schedule/timezone';
import { clockTime } from '../../../../../shared/schedule/windows';
import type { ApiError } from '../../../app/api';

// A board refusal in the reader's language: main's coded reason with its parameters (nurse, time, limit).

export function boardRefusalText(error: ApiError): string {
  const issue = error.error.issues[0];
  const key = `nurseBoard.refusal.${issue?.code ?? ''}`;
  return issue?.code && i18next.exists(key) ? i18next.t(key, issue.params ?? {}) : error.message;
}

/** HH:MM (24-hour) of a saved-at instant on the clinic's clock. */
export function clinicTimeOf(iso: string, timeZone: string): string {
  return clockTime(minuteInZone(new Date(iso), timeZone));
}
