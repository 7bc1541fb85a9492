// Finds patient data in log text: each patient's given name, family name, full name and MRN, as whole words,
// ignoring case and accents' neighbours (a name is found inside "…Tremblay…" only when it stands alone).

export interface PatientIdentity {
  given_name: string;
  family_name: string;
  mrn: string;
}

export interface Finding {
  term: string;
  line: number;
}

function termsOf(patient: PatientIdentity): string[] {
  const terms = [patient.given_name, patient.family_name, `${patient.given_name} ${patient.family_name}`, patient.mrn];
  return terms.map((t) => t.trim()).filter((t) => t.length >= 2);
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export function findPatientData(log: string, patients: readonly PatientIdentity[]): Finding[] {
  const terms = [...new Set(patients.flatMap(termsOf))];
  const lines = log.split('\n');
  const findings: Finding[] = [];
  for (const term of terms) {
    const pattern = new RegExp(`(?<![\\p{L}\\p{N}])${escape(term)}(?![\\p{L}\\p{N}])`, 'iu');
    lines.forEach((text, index) => {
      if (pattern.test(text)) findings.push({ term, line: index + 1 });
    });
  }
  return findings;
}
