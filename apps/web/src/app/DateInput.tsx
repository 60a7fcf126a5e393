import { DatePicker } from 'antd';
import dayjs from 'dayjs';
import type { CSSProperties } from 'react';
import { useI18n, type Language } from '../i18n/i18n';

// Every date a person types, one way: antd's DatePicker in the page's language (dayjs 'vi'
// with antd's vi_VN), shown and typed as DD/MM/YYYY in Vietnamese; in English as
// "5 Dec 2026" (a month name cannot be read the American way), DD/MM/YYYY still accepted.
// The pages keep plain strings: 'YYYY-MM-DD', or 'YYYY-MM-DDTHH:mm:ss' in Vietnam time.

const DATE: Record<Language, string[]> = { vi: ['DD/MM/YYYY'], en: ['D MMM YYYY', 'DD/MM/YYYY'] };
const DATE_TIME: Record<Language, string[]> = {
  vi: ['DD/MM/YYYY HH:mm:ss', 'DD/MM/YYYY HH:mm'],
  en: ['D MMM YYYY HH:mm:ss', 'DD/MM/YYYY HH:mm:ss', 'DD/MM/YYYY HH:mm'],
};

interface Props {
  value?: string;
  onChange?: (value: string) => void;
  id?: string;
  style?: CSSProperties;
  'aria-label'?: string;
}

/** A day: the value is 'YYYY-MM-DD' ('' when cleared). */
export function DateInput({ value, onChange, ...rest }: Props) {
  const { language } = useI18n();
  return (
    <DatePicker
      {...rest}
      format={DATE[language]}
      placeholder={DATE[language][0].replace('D MMM YYYY', 'd Mon yyyy').toLowerCase()}
      value={value ? dayjs(value, 'YYYY-MM-DD') : null}
      onChange={(d) => onChange?.(d ? d.format('YYYY-MM-DD') : '')}
    />
  );
}

/** An instant to the second, typed in Vietnam time: the value is 'YYYY-MM-DDTHH:mm:ss' ('' when cleared). */
export function DateTimeInput({ value, onChange, ...rest }: Props) {
  const { language } = useI18n();
  return (
    <DatePicker
      {...rest}
      showTime={{ format: 'HH:mm:ss' }}
      format={DATE_TIME[language]}
      placeholder={language === 'vi' ? 'dd/mm/yyyy hh:mm:ss' : 'd Mon yyyy hh:mm:ss'}
      value={value ? dayjs(value, 'YYYY-MM-DDTHH:mm:ss') : null}
      onChange={(d) => onChange?.(d ? d.format('YYYY-MM-DDTHH:mm:ss') : '')}
    />
  );
}
