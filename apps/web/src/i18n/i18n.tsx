import dayjs from 'dayjs';
import 'dayjs/locale/vi';
import { createContext, useContext, useMemo, useState, type ReactNode } from 'react';
import { en, vi, type MessageKey } from './messages';

export type Language = 'vi' | 'en';

interface I18n {
  language: Language;
  setLanguage(language: Language): void;
  t(key: MessageKey): string;
  /** Dates and times as people here read them (Asia/Ho_Chi_Minh): 05/12/2026 in Vietnamese, 5 Dec 2026 in English (never month-first). */
  dateTime(iso: string | null | undefined): string;
  date(iso: string | null | undefined): string;
}

const I18nContext = createContext<I18n | undefined>(undefined);
const STORAGE_KEY = 'dondoc.language';
const ZONE = 'Asia/Ho_Chi_Minh';

export function I18nProvider({ children }: { children: ReactNode }) {
  const [language, setLanguageState] = useState<Language>(() => (localStorage.getItem(STORAGE_KEY) === 'en' ? 'en' : 'vi'));
  const value = useMemo<I18n>(() => {
    const catalogue = language === 'en' ? en : vi;
    const locale = language === 'en' ? 'en-GB' : 'vi-VN';
    // The date pickers' month and day names follow the language (antd reads dayjs's locale).
    dayjs.locale(language === 'en' ? 'en' : 'vi');
    const day: Intl.DateTimeFormatOptions =
      language === 'en' ? { day: 'numeric', month: 'short', year: 'numeric' } : { day: '2-digit', month: '2-digit', year: 'numeric' };
    return {
      language,
      setLanguage: (l) => {
        localStorage.setItem(STORAGE_KEY, l);
        document.documentElement.lang = l;
        setLanguageState(l);
      },
      t: (key) => catalogue[key],
      dateTime: (iso) =>
        iso
          ? new Intl.DateTimeFormat(locale, { timeZone: ZONE, ...day, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(
              new Date(iso),
            )
          : '—',
      date: (iso) => (iso ? new Intl.DateTimeFormat(locale, { timeZone: ZONE, ...day }).format(new Date(iso)) : '—'),
    };
  }, [language]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  const value = useContext(I18nContext);
  if (!value) throw new Error('useI18n outside I18nProvider');
  return value;
}
