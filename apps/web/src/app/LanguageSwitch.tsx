import { Segmented } from 'antd';
import { useI18n, type Language } from '../i18n/i18n';

export function LanguageSwitch() {
  const { language, setLanguage, t } = useI18n();
  return (
    <Segmented<Language>
      aria-label={t('language')}
      size="small"
      value={language}
      onChange={setLanguage}
      options={[
        { label: 'VI', value: 'vi' },
        { label: 'EN', value: 'en' },
      ]}
    />
  );
}
