import { useQuery } from '@tanstack/react-query';
import { Alert, Button, Card, Divider, Form, Input, Typography } from 'antd';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { ApiError, oidcStatus, providerStillSignedIn, signIn } from '../api/client';
import { useI18n } from '../i18n/i18n';
import { LanguageSwitch } from '../app/LanguageSwitch';
import { homeOf } from './session';

export function SignInPage() {
  const { t } = useI18n();
  const navigate = useNavigate();
  // After signing out of a session the identity provider could not end: the person is still signed in there.
  const stillAtProvider = providerStillSignedIn();
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  // The provider's button only when the API says sign-in through it is configured.
  const oidc = useQuery({ queryKey: ['auth', 'oidc'], queryFn: oidcStatus, staleTime: Infinity }).data;

  const submit = async (values: { userId: string; password: string }) => {
    setBusy(true);
    setError(undefined);
    try {
      const user = await signIn(values.userId.trim(), values.password);
      navigate(homeOf(user.role), { replace: true });
    } catch (e) {
      setError(e instanceof ApiError ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <main style={{ minHeight: '100vh', display: 'grid', placeItems: 'center', padding: 16, background: '#f0f2f5' }}>
      <Card style={{ width: '100%', maxWidth: 400 }}>
        <div style={{ display: 'flex', justifyContent: 'space-between', alignItems: 'center' }}>
          <Typography.Title level={1} style={{ fontSize: 24, margin: 0 }}>
            {t('appName')}
          </Typography.Title>
          <LanguageSwitch />
        </div>
        <Typography.Paragraph type="secondary">{t('appTagline')}</Typography.Paragraph>
        {error && <Alert type="error" role="alert" title={error} style={{ marginBottom: 16 }} showIcon />}
        {stillAtProvider && (
          <Alert
            type="warning"
            role="status"
            title={`${t('signedOutOfDondocOnly')} ${stillAtProvider.providerName}.`}
            description={t(stillAtProvider.reason === 'provider-unreachable' ? 'providerSignOutUnreachable' : 'providerSignOutUnsupported')}
            style={{ marginBottom: 16 }}
            showIcon
          />
        )}
        {oidc?.enabled && oidc.startUrl && (
          <>
            {/* A full-page navigation: the provider's login page, then back through the API's callback. */}
            <Button type="primary" block href={oidc.startUrl}>
              {t('signInWith')} {oidc.providerName}
            </Button>
            <Divider plain>{t('orWithPassword')}</Divider>
          </>
        )}
        <Form layout="vertical" onFinish={submit} requiredMark={false}>
          <Form.Item label={t('userId')} name="userId" rules={[{ required: true, message: t('userIdRequired') }]}>
            <Input autoComplete="username" autoFocus />
          </Form.Item>
          <Form.Item label={t('password')} name="password" rules={[{ required: true, message: t('passwordRequired') }]}>
            <Input.Password autoComplete="current-password" />
          </Form.Item>
          <Button type={oidc?.enabled ? 'default' : 'primary'} htmlType="submit" block loading={busy}>
            {t('signIn')}
          </Button>
        </Form>
        <Typography.Paragraph type="secondary" style={{ marginTop: 16, marginBottom: 0 }}>
          {t('signInHint')}
        </Typography.Paragraph>
      </Card>
    </main>
  );
}
