import type { TFunction } from 'i18next';
import { ApiError } from '../../app/api';
import { issuesByField } from '../../components/Field';

export interface FormError {
  message: string;
  fields: Record<string, string>;
}

/** The core's refusal as words for the nurse: wrong secret and unavailable account have their own text. */
export function describeAuthError(error: unknown, t: TFunction): FormError {
  if (!(error instanceof ApiError)) return { message: t('auth.error.other', { message: String(error) }), fields: {} };
  const path = error.error.issues[0]?.path;
  if (error.code === 'forbidden' && path === 'secret') return { message: t('auth.error.wrongSecret'), fields: {} };
  if (error.code === 'forbidden' && path === 'user') return { message: t('auth.error.accountUnavailable'), fields: {} };
  if (error.code === 'forbidden' && path === 'secretKind') return { message: t('auth.error.pinSignIn'), fields: {} };
  if (error.code === 'invalid')
    return { message: t('auth.error.fixFields'), fields: issuesByField(error.error.issues) };
  return { message: t('auth.error.other', { message: error.message }), fields: {} };
}
