import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { SecretKind } from '../../../../../shared/ipc/contract/auth';
import { Field } from '../../../components/Field';

interface Props {
  kind: SecretKind;
  secret: string;
  onKind: (kind: SecretKind) => void;
  onSecret: (secret: string) => void;
  error?: string | undefined;
}

/** Password or PIN, then the new secret with the rule for its kind. */
export function SecretFields({ kind, secret, onKind, onSecret, error }: Props) {
  const { t } = useTranslation();
  const name = useId();
  const isPin = kind === 'pin';
  return (
    <>
      <fieldset className="kind-choice">
        <legend>{t('auth.secretKind')}</legend>
        {(['password', 'pin'] as const).map((k) => (
          <label key={k} className="choice">
            <input type="radio" name={name} checked={kind === k} onChange={() => onKind(k)} />
            {t(`auth.kind.${k}`)}
          </label>
        ))}
      </fieldset>
      <Field
        label={isPin ? t('auth.newPin') : t('auth.newPassword')}
        help={isPin ? t('auth.pinHelp') : t('auth.passwordHelp')}
        error={error}
      >
        <input
          type="password"
          value={secret}
          inputMode={isPin ? 'numeric' : 'text'}
          autoComplete="new-password"
          onChange={(e) => onSecret(e.target.value)}
        />
      </Field>
    </>
  );
}
