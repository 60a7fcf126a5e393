import { Badge, Button, Grid, Layout, Menu, Space, Typography } from 'antd';
import { Link, Outlet, useLocation, useNavigate } from 'react-router';
import { signOut } from '../api/client';
import type { Role } from '../api/types';
import { useSession } from '../auth/session';
import { useI18n } from '../i18n/i18n';
import { unreadText, useUnreadCount } from '../inbox/useUnreadCount';
import type { MessageKey } from '../i18n/messages';
import { LanguageSwitch } from './LanguageSwitch';

/** The pages each role works with, in menu order. */
const MENU: { path: string; label: MessageKey; roles: Role[] }[] = [
  { path: '/directives', label: 'menuDirectives', roles: ['issuer', 'admin', 'leader', 'auditor'] },
  { path: '/import', label: 'menuImport', roles: ['issuer', 'admin'] },
  { path: '/todo', label: 'menuTodo', roles: ['unit-head', 'assignee'] },
  { path: '/inbox', label: 'menuInbox', roles: ['issuer', 'unit-head', 'assignee', 'leader', 'admin'] },
  { path: '/dashboard', label: 'menuDashboard', roles: ['leader', 'admin', 'issuer'] },
  { path: '/evaluations', label: 'menuEvaluations', roles: ['issuer', 'unit-head', 'leader', 'admin', 'auditor'] },
  { path: '/audit', label: 'menuAudit', roles: ['auditor', 'admin'] },
  { path: '/reference-data', label: 'menuReference', roles: ['issuer', 'unit-head', 'assignee', 'leader', 'admin', 'auditor'] },
];

export function Shell() {
  const { t } = useI18n();
  const { user } = useSession();
  const location = useLocation();
  const navigate = useNavigate();
  const wide = Grid.useBreakpoint().md;
  const unread = useUnreadCount();
  if (!user) return null;
  const items = MENU.filter((m) => m.roles.includes(user.role)).map((m) => ({
    key: m.path,
    label: linkTo(m),
  }));
  // The inbox link carries the unread count, in sight and read out by screen readers.
  function linkTo(m: (typeof MENU)[number]) {
    if (m.path !== '/inbox') return <Link to={m.path}>{t(m.label)}</Link>;
    return (
      <Link to={m.path} aria-label={`${t(m.label)}: ${unreadText(unread)} ${t('unread')}`}>
        {t(m.label)}{' '}
        <Badge
          count={unread.capped ? unread.count + 1 : unread.count}
          overflowCount={unread.capped ? unread.count : undefined}
          size="small"
          color="#c0161c"
        />
      </Link>
    );
  }
  const selected = MENU.find((m) => location.pathname.startsWith(m.path))?.path;
  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Header style={{ display: 'flex', alignItems: 'center', gap: 12, paddingInline: 12 }}>
        <Typography.Text strong style={{ color: '#fff', whiteSpace: 'nowrap' }}>
          <Link to="/" style={{ color: '#fff' }}>
            {t('appName')}
          </Link>
        </Typography.Text>
        <div style={{ flex: 1, minWidth: 0 }}>
          {wide && (
            <nav aria-label={t('appName')}>
              <Menu theme="dark" mode="horizontal" selectedKeys={selected ? [selected] : []} items={items} />
            </nav>
          )}
        </div>
        <Space size="small">
          {wide && <Typography.Text style={{ color: '#fff' }}>{user.name}</Typography.Text>}
          <LanguageSwitch />
          <Button
            size="small"
            onClick={async () => {
              const provider = await signOut();
              // A session from the identity provider ends there too: its page, then back to /sign-in.
              if (provider?.endSessionUrl) window.location.assign(provider.endSessionUrl);
              else navigate('/sign-in', { replace: true });
            }}
          >
            {t('signOut')}
          </Button>
        </Space>
      </Layout.Header>
      {/* On a phone the pages are plain links under the header: antd's folded menu hides focusable items. */}
      {!wide && (
        <nav
          aria-label={t('appName')}
          style={{ display: 'flex', flexWrap: 'wrap', gap: 16, padding: '8px 12px', background: '#fff', borderBottom: '1px solid #d9d9d9' }}
        >
          {MENU.filter((m) => m.roles.includes(user.role)).map((m) => (
            <span key={m.path} style={{ fontWeight: selected === m.path ? 600 : 400 }}>
              {linkTo(m)}
            </span>
          ))}
        </nav>
      )}
      <Layout.Content style={{ padding: 12 }}>
        <main style={{ maxWidth: 1400, margin: '0 auto' }}>
          <Outlet />
        </main>
      </Layout.Content>
    </Layout>
  );
}
