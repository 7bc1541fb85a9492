import type { z } from 'zod';
import { validationReason, type ValidationReason, type ZodIssueLike } from './refusal-reasons';

// The zod error map of Chairside: a refused value is said as one sentence that names the field in words, with
// the bounds it broke and their unit, in English or French ("Temperature must be between 25 and 45 °C",
// "Température : valeur attendue entre 25 et 45 °C"). Main parses every input with it (core/router.ts), so its
// English messages and logs never carry the schema's wording ("Too big: expected number to be <=45"); the
// renderer words the same issue in the reader's language (components/refusal-text.ts). A rule worded in its
// schema for nurses (`.regex(…, 'Use digits…')`) keeps its own English: zod asks the map only when it has none.

export type WordsLanguage = 'en' | 'fr';

type Unit = string | Readonly<Record<WordsLanguage, string>>;
interface FieldWords {
  en: string;
  fr: string;
  unit?: Unit;
}

const minutes: Unit = 'min';
const hours: Unit = 'h';
const days: Unit = { en: 'days', fr: 'jours' };

/** Field names in words, by the last named part of the field's path (never the path itself). */
export const FIELD_WORDS: Readonly<Record<string, FieldWords>> = {
  centerName: { en: 'center name', fr: 'nom du centre' },
  centerPhone24h: { en: '24-hour phone number', fr: 'numéro joignable 24 h/24' },
  idleLockMinutes: { en: 'idle lock', fr: 'verrouillage après inactivité', unit: minutes },
  fhirMrnSystem: { en: 'MRN system (FHIR)', fr: 'système des n° de dossier (FHIR)' },
  fhirBaseUrl: { en: 'FHIR base URL', fr: 'URL de base FHIR' },
  language: { en: 'language', fr: 'langue' },
  paperSize: { en: 'paper size', fr: 'format du papier' },
  name: { en: 'name', fr: 'nom' },
  capacity: { en: 'patients at once', fr: 'patients à la fois' },
  displayName: { en: 'name', fr: 'nom' },
  initials: { en: 'initials', fr: 'initiales' },
  familyName: { en: 'family name', fr: 'nom de famille' },
  givenName: { en: 'given name', fr: 'prénom' },
  birthDate: { en: 'date of birth', fr: 'date de naissance' },
  // The check-in form's second identifier (charting:check-in).
  dateOfBirth: { en: 'date of birth', fr: 'date de naissance' },
  mrn: { en: 'MRN', fr: 'n° de dossier' },
  weightKg: { en: 'weight', fr: 'poids', unit: 'kg' },
  heightCm: { en: 'height', fr: 'taille', unit: 'cm' },
  date: { en: 'date', fr: 'date' },
  time: { en: 'time', fr: 'heure' },
  start: { en: 'start time', fr: 'heure de début' },
  startDate: { en: 'first dose date', fr: 'date de la première dose' },
  chairId: { en: 'chair', fr: 'fauteuil' },
  reason: { en: 'reason', fr: 'motif' },
  secret: { en: 'password or PIN', fr: 'mot de passe ou NIP' },
  temperatureC: { en: 'temperature', fr: 'température', unit: '°C' },
  heartRate: { en: 'heart rate', fr: 'fréquence cardiaque', unit: '/min' },
  systolic: { en: 'systolic pressure', fr: 'pression systolique', unit: 'mmHg' },
  diastolic: { en: 'diastolic pressure', fr: 'pression diastolique', unit: 'mmHg' },
  bpSystolic: { en: 'systolic pressure', fr: 'pression systolique', unit: 'mmHg' },
  bpDiastolic: { en: 'diastolic pressure', fr: 'pression diastolique', unit: 'mmHg' },
  spo2: { en: 'SpO2', fr: 'SpO2', unit: '%' },
  respiratoryRate: { en: 'respiratory rate', fr: 'fréquence respiratoire', unit: '/min' },
  pain: { en: 'pain score', fr: 'score de douleur', unit: '/10' },
  doseMg: { en: 'dose', fr: 'dose', unit: 'mg' },
  volumeMl: { en: 'volume', fr: 'volume', unit: 'mL' },
  rateMlPerHour: { en: 'rate', fr: 'débit', unit: 'mL/h' },
  maxPatientsPerNurse: { en: 'patients per nurse', fr: 'patients par infirmière' },
  maxDoses: { en: 'doses to plan', fr: 'doses à planifier' },
  preDoseMaxAgeHours: {
    en: 'how long before a dose labs may be drawn',
    fr: 'délai des bilans avant une dose',
    unit: hours,
  },
  periodicMaxAgeDays: { en: 'how often periodic labs are due', fr: 'fréquence des bilans périodiques', unit: days },
  steroids: { en: 'corticosteroid limit', fr: 'limite des corticoïdes' },
  intervalDays: { en: 'interval', fr: 'intervalle', unit: days },
  startAfterDays: { en: 'days before this phase starts', fr: 'délai avant cette phase', unit: days },
  doses: { en: 'number of doses', fr: 'nombre de doses' },
  infusionMinutes: { en: 'infusion time', fr: 'durée de perfusion', unit: minutes },
};

type Sentence = ValidationReason | 'range';

/** {field} is the field's name, capitalised at the start; {min}, {max} carry their unit when the field has one. */
const SENTENCES: Readonly<Record<WordsLanguage, Readonly<Record<Sentence, string>>>> = {
  en: {
    required: '{field} is required.',
    'too-small': '{field} must be at least {min}.',
    'not-above': '{field} must be more than {min}.',
    'too-big': '{field} must be at most {max}.',
    range: '{field} must be between {min} and {max}.',
    'too-short': '{field} needs at least {min} characters.',
    'too-long': '{field} must be at most {max} characters.',
    'wrong-type': '{field} is not of the expected kind: check it.',
    'bad-format': '{field} is not written the expected way: check it.',
    'not-allowed': '{field} is not a choice accepted here.',
    invalid: '{field} is not accepted.',
  },
  fr: {
    required: '{field} : à renseigner.',
    'too-small': '{field} : au moins {min}.',
    'not-above': '{field} : plus de {min}.',
    'too-big': '{field} : au plus {max}.',
    range: '{field} : valeur attendue entre {min} et {max}.',
    'too-short': '{field} : au moins {min} caractères.',
    'too-long': '{field} : au plus {max} caractères.',
    'wrong-type': '{field} : valeur d’un autre type qu’attendu, vérifiez-la.',
    'bad-format': '{field} : ce n’est pas écrit de la façon attendue, vérifiez.',
    'not-allowed': '{field} : ce choix n’est pas accepté ici.',
    invalid: '{field} : valeur non acceptée.',
  },
};

const A_VALUE: Readonly<Record<WordsLanguage, string>> = { en: 'This value', fr: 'Cette valeur' };

/** The last named part of a field path ("payload.vitalsSeries.0.temperatureC" → "temperatureC"). */
export function fieldLeaf(path: string | ReadonlyArray<PropertyKey>): string | undefined {
  const parts = typeof path === 'string' ? path.split('.') : path.map(String);
  return parts.filter((part) => part && !/^\d+$/.test(part)).at(-1);
}

/** The field's name in words, or null when Chairside has none for it (then no sentence names it). */
export function fieldWords(path: string | ReadonlyArray<PropertyKey>, language: WordsLanguage): string | null {
  const leaf = fieldLeaf(path);
  return leaf && Object.hasOwn(FIELD_WORDS, leaf) ? FIELD_WORDS[leaf]![language] : null;
}

function withUnit(value: string | number, leaf: string | undefined, language: WordsLanguage): string {
  const shown = typeof value === 'number' ? new Intl.NumberFormat(language).format(value) : value;
  const unit = leaf && Object.hasOwn(FIELD_WORDS, leaf) ? FIELD_WORDS[leaf]!.unit : undefined;
  if (!unit) return shown;
  const text = typeof unit === 'string' ? unit : unit[language];
  return text.startsWith('/') ? `${shown}${text}` : `${shown} ${text}`;
}

export interface WordedIssue {
  path: string;
  code: string;
  params?: Record<string, string | number>;
}

/** One refused field as a sentence in the language asked, naming the field (or "This value" when it has no words). */
export function validationSentence(issue: WordedIssue, language: WordsLanguage): string {
  const leaf = fieldLeaf(issue.path);
  const named = fieldWords(issue.path, language) ?? A_VALUE[language];
  const params = issue.params ?? {};
  const hasRange = params.min !== undefined && params.max !== undefined;
  const key: Sentence =
    hasRange && (issue.code === 'too-small' || issue.code === 'too-big')
      ? 'range'
      : ((issue.code in SENTENCES.en ? issue.code : 'invalid') as Sentence);
  const isText = key === 'too-short' || key === 'too-long';
  // "between 1 and 120 min": a range says its unit once, after the upper bound.
  const fill = (name: 'min' | 'max') => {
    const value = params[name];
    if (value === undefined) return '';
    const bare = isText || (key === 'range' && name === 'min');
    return withUnit(value, bare ? undefined : leaf, language);
  };
  const sentence = SENTENCES[language][key].replace('{min}', fill('min')).replace('{max}', fill('max'));
  return sentence.replace('{field}', named.charAt(0).toUpperCase() + named.slice(1));
}

/** Bounds past this are "no bound" (zod's int() reports ±MAX_SAFE_INTEGER). */
const UNBOUNDED = Number.MAX_SAFE_INTEGER;

interface NumberSchemaLike {
  minValue?: number | null;
  maxValue?: number | null;
}

/**
 * The issue's reason and parameters; a number refused against one bound also carries the other, when its schema
 * has an inclusive pair, so the sentence can say the whole range.
 */
export function issueReason(issue: RawZodIssue): Pick<WordedIssue, 'code' | 'params'> {
  // zod asks the map before it words the issue: a missing value is told by the input itself.
  if (issue.code === 'invalid_type' && issue.message === undefined) {
    return { code: issue.input === undefined || issue.input === null ? 'required' : 'wrong-type' };
  }
  const reason = validationReason({ ...issue, message: issue.message ?? '' });
  const schema = (issue.origin === 'number' ? issue.schema : undefined) as NumberSchemaLike | undefined;
  const min = schema?.minValue;
  const max = schema?.maxValue;
  const bounded = (v: number | null | undefined): v is number => typeof v === 'number' && Math.abs(v) < UNBOUNDED;
  if (issue.inclusive !== false && bounded(min) && bounded(max)) {
    if (reason.code === 'too-small' || reason.code === 'too-big') return { code: reason.code, params: { min, max } };
  }
  return reason;
}

/** The raw issue zod hands an error map (zod 4): the fields above plus its full path. */
export interface RawZodIssue extends Omit<ZodIssueLike, 'message'> {
  message?: string;
  input?: unknown;
  path?: PropertyKey[];
  schema?: unknown;
}

/**
 * A zod error map ({ error: validationErrorMap('en') } in safeParse, or z.config) that words each issue as a
 * sentence naming the field. The router uses the English one; it is what main's messages and logs say.
 */
export function validationErrorMap(language: WordsLanguage): (issue: RawZodIssue) => string {
  return (issue) =>
    validationSentence({ path: (issue.path ?? []).map(String).join('.'), ...issueReason(issue) }, language);
}

export interface ParsedIssue extends WordedIssue {
  /** English, for logs and tests: the schema's own rule for nurses, or the sentence above. */
  message: string;
}

export type WordedParse<T> = { success: true; data: T } | { success: false; issues: ParsedIssue[] };

/**
 * Parses with the English error map and returns each issue with its field path, its English sentence and its
 * reason and parameters (both bounds of a range, which zod's finished issue no longer knows).
 */
export function parseWithWords<S extends z.ZodType>(schema: S, input: unknown): WordedParse<z.output<S>> {
  const reasons = new Map<string, Pick<WordedIssue, 'code' | 'params'>>();
  const keyOf = (path: ReadonlyArray<PropertyKey>, code: string) => `${path.map(String).join('.')}|${code}`;
  const english = validationErrorMap('en');
  const parsed = schema.safeParse(input, {
    error: (issue) => {
      reasons.set(keyOf(issue.path ?? [], issue.code), issueReason(issue));
      return english(issue);
    },
  });
  if (parsed.success) return { success: true, data: parsed.data };
  const issues = parsed.error.issues.map((issue) => ({
    path: issue.path.map(String).join('.'),
    message: issue.message,
    ...(reasons.get(keyOf(issue.path, issue.code)) ?? validationReason(issue as ZodIssueLike)),
  }));
  return { success: false, issues };
}
