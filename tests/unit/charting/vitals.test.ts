import { describe, expect, it } from 'vitest';
import { DEFAULT_VITAL_FLAGS, EMPTY_VITALS, flagVitals, vitalsSchema } from '../../../shared/charting/vitals';

describe('vital signs', () => {
  it.each([
    ['temperatureC', 60, 'Temperature must be between 25 and 45 °C'],
    ['temperatureC', 101, 'Temperature must be between 25 and 45 °C'],
    ['spo2', 120, 'SpO2 must be between 50 and 100 %'],
    ['heartRate', 72.5, 'Heart rate: enter a whole number'],
  ])('refuses %s = %s as an input-sanity limit, naming the field', (field, value, message) => {
    const result = vitalsSchema.safeParse({ ...EMPTY_VITALS, [field]: value });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]).toMatchObject({
      path: [field],
      message: expect.stringContaining(message) as unknown,
    });
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
