import { useTranslation } from 'react-i18next';
import type { UserSummary } from '../../../../shared/ipc/contract/auth';

/** The accounts as large radio tiles (arrow keys move between them): name, initials and role. */
export function UserChoice(props: {
  users: readonly UserSummary[];
  chosenId: string | null;
  onChoose: (id: string) => void;
}) {
  const { t } = useTranslation();
  return (
    <fieldset className="user-choice">
      <legend>{t('auth.chooseUser')}</legend>
      {props.users.map((u) => (
        <label key={u.id} className="user-tile">
          <input
            type="radio"
            name="user"
            value={u.id}
            checked={props.chosenId === u.id}
            onChange={() => props.onChoose(u.id)}
          />
          <span className="user-name">{u.displayName}</span>
          <span className="user-meta">
            {u.initials} · {t(`auth.role.${u.role}`)}
          </span>
        </label>
      ))}
    </fieldset>
  );
}
