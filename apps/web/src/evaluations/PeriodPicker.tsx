import { DatePicker, Segmented, Space } from 'antd';
import dayjs from 'dayjs';
import { useI18n, type Language } from '../i18n/i18n';
import { firstDayOf, kindOf, periodOf, type PeriodKind } from './period-key';

// A month, a quarter or a year, picked on a calendar in the page's language and shown the
// Vietnamese way (12/2026, Quý 4/2026, 2026); the value is the API's key ('2026-12', '2026-Q4', '2026').
const FORMAT: Record<Language, Record<PeriodKind, string>> = {
  vi: { month: 'MM/YYYY', quarter: '[Quý] Q/YYYY', year: 'YYYY' },
  en: { month: 'MMM YYYY', quarter: '[Q]Q YYYY', year: 'YYYY' },
};

/** `label` names the picker for assistive technology (the evaluation period by default). */
export function PeriodPicker({ value, onChange, label }: { value: string; onChange: (period: string) => void; label?: string }) {
  const { t, language } = useI18n();
  const kind = kindOf(value) ?? 'month';
  return (
    <Space wrap>
      <Segmented<PeriodKind>
        aria-label={t('periodKind')}
        value={kind}
        options={[
          { value: 'month', label: t('periodMonth') },
          { value: 'quarter', label: t('periodQuarter') },
          { value: 'year', label: t('periodYear') },
        ]}
        onChange={(k) => onChange(periodOf(k, firstDayOf(value)))}
      />
      <DatePicker
        aria-label={label ?? t('evaluationPeriod')}
        picker={kind}
        allowClear={false}
        format={FORMAT[language][kind]}
        value={dayjs(firstDayOf(value), 'YYYY-MM-DD')}
        onChange={(d) => d && onChange(periodOf(kind, d.format('YYYY-MM-DD')))}
      />
    </Space>
  );
}

/** The period as people read it: 12/2026, Quý 4/2026, 2026. */
export function periodLabel(period: string, language: Language): string {
  const kind = kindOf(period);
  return kind ? dayjs(firstDayOf(period), 'YYYY-MM-DD').format(FORMAT[language][kind]) : period;
}
