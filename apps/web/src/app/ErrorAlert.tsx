import { Alert } from 'antd';
import { ApiError } from '../api/client';
import { useI18n } from '../i18n/i18n';

/** An API error as the person should read it: the API's own Vietnamese (English) message. */
export function ErrorAlert({ error }: { error: unknown }) {
  const { t } = useI18n();
  if (!error) return null;
  const message = error instanceof Error ? error.message : String(error);
  const problems = error instanceof ApiError ? error.problems : [];
  return (
    <Alert
      type="error"
      role="alert"
      showIcon
      title={t('errorTitle')}
      description={[message, ...problems].join(' — ')}
      style={{ marginBottom: 12 }}
    />
  );
}
