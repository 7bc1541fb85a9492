import type { TFunction } from 'i18next';
import i18next from 'i18next';
import { ApiError } from '../../../../app/api';
import { tDynamic } from '../../../../i18n';

// A refusal from the core, in the nurse's language: each coded issue is worded from its code (and its
// parameters), beside its field — the core's reasons from `errors` (one home for them), the order rules' own
// from `orders.refusal`; an issue without a code (a malformed value) only says "check this field".
// The core's English message and the field paths are never shown.

export interface Refusal {
  message: string;
  /** Localised words per field path (`lines.0.volumeMl`, `orderedBy`…). */
  fields: Record<string, string>;
}

/** An order rule's own reason (shared/orders/check-order.ts) is worded under orders.refusal; the core's, under errors. */
function word(t: TFunction, issue: { path: string; code?: string; params?: Record<string, string | number> }): string {
  for (const home of ['orders.refusal', 'errors']) {
    if (issue.code && i18next.exists(`${home}.${issue.code}`))
      return tDynamic(`${home}.${issue.code}`, t('orders.refusal.field'), issue.params ?? {});
  }
  if (issue.path === 'reason') return t('orders.refusal.reason');
  return t('orders.refusal.field');
}

export function describeRefusal(error: unknown, t: TFunction): Refusal {
  if (!(error instanceof ApiError)) return { message: t('orders.refusal.other'), fields: {} };
  const fields: Record<string, string> = {};
  for (const issue of error.error.issues) if (issue.path) fields[issue.path] ??= word(t, issue);
  const coded = error.error.issues.find((i) => i.code);
  if (error.code === 'invalid')
    return { message: coded && !coded.path ? word(t, coded) : t('orders.refusal.fixFields'), fields };
  return { message: coded ? word(t, coded) : t('orders.refusal.other'), fields };
}
