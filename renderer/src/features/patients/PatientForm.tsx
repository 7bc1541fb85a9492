import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Patient } from '../../../../shared/ipc/contract/patients';
import { ApiError, call, useMutation } from '../../app/api';
import { issuesByField } from '../../components/Field';
import { codedIssue, fieldIssues } from '../../components/refusal-text';
import { EMPTY_FORM, formFromPatient, inputFromForm, measuresOf, type PatientFormState } from './draft';
import { useClinicClock } from '../../app/clinic-clock';
import { ContactFields, IdentityFields, MeasureFields, type FieldsProps } from './PatientFormFields';
import { patientHref } from './route';
import { Alert } from '../../components/Alert';

const MEASURED_ON = { weightKg: 'weightMeasuredOn', heightCm: 'heightMeasuredOn' } as const;

/** Creates a patient, or edits one when `patient` is given; refusals are shown beside their fields. */
export function PatientForm({ patient }: { patient?: Patient }) {
  const { t, i18n } = useTranslation();
  const [form, setForm] = useState<PatientFormState>(() =>
    patient ? formFromPatient(patient, i18n.language) : EMPTY_FORM,
  );
  const [errors, setErrors] = useState<Record<string, string>>({});
  const clock = useClinicClock(60_000);
  const [problem, setProblem] = useState<string | null>(null);
  const saving = useMutation(
    (input: ReturnType<typeof inputFromForm>) =>
      patient
        ? call('patients:update', { ...input, id: patient.id, expectedUpdatedAt: patient.updatedAt })
        : call('patients:create', input),
    { invalidates: ['patients:get', 'patients:search'] },
  );

  const fields: FieldsProps = {
    form,
    errors,
    set: (key, value) => setForm((f) => ({ ...f, [key]: value })),
    // A weight typed without its date gets today's date, visibly, so the nurse can correct it.
    setMeasure: (key, value) =>
      setForm((f) => {
        const date = MEASURED_ON[key];
        return { ...f, [key]: value, [date]: f[date] === '' && value.trim() !== '' ? (clock?.date ?? '') : f[date] };
      }),
  };

  function showRefusal(error: ApiError) {
    const issues = fieldIssues(error.error);
    setErrors(issuesByField(issues));
    const stale = codedIssue(error.error)?.code === 'patient-changed';
    setProblem(stale ? t('patients.staleEdit') : issues.length > 0 ? t('patients.fixFields') : error.message);
  }

  async function save(event: FormEvent) {
    event.preventDefault();
    const { invalid } = measuresOf(form, i18n.language);
    if (invalid.length > 0) {
      // The field already says why, in words, beside it; nothing is sent and nothing typed is lost.
      setErrors(Object.fromEntries(invalid.map((key) => [key, t('field.number.fixFirst')])));
      setProblem(t('patients.fixFields'));
      return;
    }
    try {
      const saved = await saving.run(inputFromForm(form, i18n.language));
      window.location.hash = patientHref(saved.id);
    } catch (error) {
      if (!(error instanceof ApiError)) throw error;
      showRefusal(error);
    }
  }

  return (
    <form className="form patient-form" onSubmit={(e) => void save(e)} noValidate aria-labelledby="patient-form-title">
      {problem && <Alert>{problem}</Alert>}
      <IdentityFields {...fields} />
      <MeasureFields {...fields} />
      <ContactFields {...fields} />
      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={saving.pending}>
          {t('patients.save')}
        </button>
        <a className="button link-button" href={patient ? patientHref(patient.id) : '#/patients'}>
          {t('patients.cancel')}
        </a>
      </div>
    </form>
  );
}
