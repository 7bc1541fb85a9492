import type { TFunction } from 'i18next';
import { tDynamic } from '../../i18n';

// Names a refused field in words, from the path main gives (`vitals.temperatureC`, `vitalsSeries.1.spo2`,
// `bag.doseMg`), so a refusal never shows a payload path. Rows are named by what the nurse sees on them.

type Payload = Record<string, unknown>;

function rowTime(payload: Payload, list: string, index: number): string {
  const rows = payload[list];
  const row = Array.isArray(rows) ? (rows[index] as Payload | undefined) : undefined;
  return typeof row?.time === 'string' && row.time ? row.time : String(index + 1);
}

function leaf(t: TFunction, name: string): string {
  const keys = [`chairside.fields.${name}`, `chairside.vital.${name}`, `chairside.bag.${name}`];
  const inWords = name.replace(/([A-Z])/g, ' $1').toLowerCase();
  return keys.map((key) => tDynamic(key, '')).find(Boolean) ?? inWords;
}

export function fieldInWords(t: TFunction, path: string, payload: Payload): string {
  const parts = path.replace(/^payload\./, '').split('.');
  const [head, second, third] = parts;
  if (head === 'vitalsSeries' && second !== undefined) {
    const at = t('chairside.series.vitalsAt', { time: rowTime(payload, 'vitalsSeries', Number(second)) });
    return third ? `${at} — ${leaf(t, third)}` : at;
  }
  if (head === 'medications' && second !== undefined) {
    const meds = payload.medications as { name?: unknown }[] | undefined;
    const typed = meds?.[Number(second)]?.name;
    const name =
      (typeof typed === 'string' ? typed.trim() : '') || t('chairside.series.medicationN', { n: Number(second) + 1 });
    return third ? `${name} — ${leaf(t, third)}` : name;
  }
  if ((head === 'bag' || head === 'reading') && second) return `${t(`chairside.fields.${head}`)} — ${leaf(t, second)}`;
  if (head === 'screen') return t('chairside.assessment.screen');
  if (head === 'ice') return t('chairside.fields.ice');
  return leaf(t, parts[parts.length - 1] ?? path);
}

/** Main's reason for a field, in the reader's words where the app knows the rule. */
export function reasonInWords(t: TFunction, message: string): string {
  if (/required before signing$/.test(message)) return t('chairside.entryState.required');
  if (/^Invalid input/.test(message) || /expected (number|string)/.test(message))
    return t('chairside.entryState.notANumber');
  return message;
}
