import { describe, expect, it } from 'vitest';
import {
  DEFAULT_VITAL_FLAGS,
  EMPTY_VITALS,
  flagVitals,
  VITAL_LIMITS,
  vitalsSchema,
  type VitalField,
} from '../../../shared/charting/vitals';
import { parseWithWords, validationSentence, type WordsLanguage } from '../../../shared/ipc/validation-words';

describe('vital signs', () => {
  it.each([
    ['temperatureC', 60, 'Temperature must be between 25 and 45 °C.'],
    ['temperatureC', 101, 'Temperature must be between 25 and 45 °C.'],
    ['spo2', 120, 'SpO2 must be between 50 and 100 %.'],
    ['heartRate', 72.5, 'Heart rate: enter a whole number'],
  ])('refuses %s = %s as an input-sanity limit, naming the field', (field, value, message) => {
    const result = parseWithWords(vitalsSchema, { ...EMPTY_VITALS, [field]: value });
    if (result.success) throw new Error('accepted');
    expect(result.issues[0]).toMatchObject({ path: field, message });
  });

  // The French screen once said only the bound that was crossed ("Température : au plus 45 °C."): the schema's
  // own English message hid the other bound from the words of other languages.
  it.each<[VitalField, number, WordsLanguage, string]>([
    ['temperatureC', 60, 'en', 'Temperature must be between 25 and 45 °C.'],
    ['temperatureC', 60, 'fr', 'Température : valeur attendue entre 25 et 45 °C.'],
    ['temperatureC', 20, 'fr', 'Température : valeur attendue entre 25 et 45 °C.'],
    ['bpSystolic', 400, 'en', 'Systolic pressure must be between 40 and 300 mmHg.'],
    ['bpSystolic', 400, 'fr', 'Pression systolique : valeur attendue entre 40 et 300 mmHg.'],
    ['heartRate', 10, 'fr', 'Fréquence cardiaque : valeur attendue entre 20 et 250/min.'],
    ['spo2', 120, 'fr', 'SpO2 : valeur attendue entre 50 et 100 %.'],
    ['weightKg', 500, 'fr', 'Poids : valeur attendue entre 1 et 400 kg.'],
  ])('names the field, both bounds and the unit of a refused %s = %s (%s)', (field, value, language, words) => {
    const result = parseWithWords(vitalsSchema, { ...EMPTY_VITALS, [field]: value });
    if (result.success) throw new Error('accepted');
    const [issue] = result.issues;
    expect(issue!.params).toEqual({ min: VITAL_LIMITS[field].min, max: VITAL_LIMITS[field].max });
    expect(validationSentence(issue!, language)).toBe(words);
  });

  it('flags, never refuses, values outside the center thresholds', () => {
    const vitals = { ...EMPTY_VITALS, temperatureC: 38.4, bpSystolic: 85, spo2: 97 };
    expect(vitalsSchema.safeParse(vitals).success).toBe(true);
    expect(flagVitals(vitals, DEFAULT_VITAL_FLAGS)).toEqual([
      { field: 'temperatureC', direction: 'high', value: 38.4, threshold: 38 },
      { field: 'bpSystolic', direction: 'low', value: 85, threshold: 90 },
    ]);
  });

  it('flags nothing that was not measured', () => {
    expect(flagVitals(EMPTY_VITALS, DEFAULT_VITAL_FLAGS)).toEqual([]);
  });
});
