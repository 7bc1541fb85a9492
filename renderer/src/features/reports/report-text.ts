import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Locale } from '../../../../shared/ipc/schemas';
import type { MessageParams } from '../../../../shared/i18n/translate';
import type { ReportText } from '../../../../shared/reports/text';

/**
 * The report's words for the shared plots and tables (shared/reports/plots.ts, tables.ts): i18next's own `t`
 * over the `reports` catalogue, in the reader's language. Main prints the same catalogue with reportText().
 */
export function useReportText(): ReportText {
  const { i18n } = useTranslation();
  const language: Locale = i18n.language === 'fr' ? 'fr' : 'en';
  return useMemo(() => {
    // The fixed `t` of a key prefix is typed by i18next's own generics; Translate<ReportMessages> checks the keys.
    const t = i18n.getFixedT(language, null, 'reports') as unknown as (key: string, params?: MessageParams) => string;
    return { language, t: (key, params) => t(key, params) };
  }, [i18n, language]);
}
