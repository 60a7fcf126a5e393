import { Badge, Button, Grid, Layout, Menu, Space, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { Link, Outlet, useLocation, useNavigate } from 'react-router';
import { api, signOut } from '../api/client';
import type { InboxNotice, Role } from '../api/types';
import { useSession } from '../auth/session';
import { useI18n } from '../i18n/i18n';
import type { MessageKey } from '../i18n/messages';
import { LanguageSwitch } from './LanguageSwitch';

/** The pages each role works with, in menu order. */
const MENU: { path: string; label: MessageKey; roles: Role[] }[] = [
  { path: '/directives', label: 'menuDirectives', roles: ['issuer', 'admin', 'leader', 'auditor'] },
  { path: '/import', label: 'menuImport', roles: ['issuer', 'admin'] },
  { path: '/todo', label: 'menuTodo', roles: ['unit-head', 'assignee'] },
  { path: '/inbox', label: 'menuInbox', roles: ['issuer', 'unit-head', 'assignee', 'leader', 'admin'] },
  { path: '/dashboard', label: 'menuDashboard', roles: ['leader', 'admin', 'issuer'] },
  { path: '/audit', label: 'menuAudit', roles: ['auditor', 'admin'] },
];

export function Shell() {
  const { t } = useI18n();
  const { user } = useSession();
  const location = useLocation();
  const navigate = useNavigate();
  const wide = Grid.useBreakpoint().md;
  const inbox = useQuery({ queryKey: ['inbox'], queryFn: () => api<InboxNotice[]>('/v1/inbox?limit=200'), enabled: !!user, refetchInterval: 30_000 });
  const unread = inbox.data?.filter((n) => !n.readAt).length ?? 0;
  if (!user) return null;
  const items = MENU.filter((m) => m.roles.includes(user.role)).map((m) => ({
    key: m.path,
    label: <Link to={m.path}>{t(m.label)}</Link>,
  }));
  const selected = MENU.find((m) => location.pathname.startsWith(m.path))?.path;
  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Header style={{ display: 'flex', alignItems: 'center', gap: 12, paddingInline: 12 }}>
        <Typography.Text strong style={{ color: '#fff', whiteSpace: 'nowrap' }}>
          <Link to="/" style={{ color: '#fff' }}>
            {t('appName')}
          </Link>
        </Typography.Text>
        <nav style={{ flex: 1, minWidth: 0 }}>
          <Menu theme="dark" mode="horizontal" selectedKeys={selected ? [selected] : []} items={items} />
        </nav>
        <Space size="small">
          {/* The inbox and its unread count stay in sight on a phone, where the menu folds. */}
          <Link to="/inbox" aria-label={`${t('menuInbox')}: ${unread} ${t('unread')}`} style={{ color: '#fff' }}>
            <Badge count={unread} size="small" offset={[2, -2]}>
              <span aria-hidden style={{ color: '#fff', fontSize: 18 }}>
                🔔
              </span>
            </Badge>
          </Link>
          {wide && <Typography.Text style={{ color: '#fff' }}>{user.name}</Typography.Text>}
          <LanguageSwitch />
          <Button
            size="small"
            onClick={async () => {
              await signOut();
              navigate('/sign-in', { replace: true });
            }}
          >
            {t('signOut')}
          </Button>
        </Space>
      </Layout.Header>
      <Layout.Content style={{ padding: 12 }}>
        <main style={{ maxWidth: 1400, margin: '0 auto' }}>
          <Outlet />
        </main>
      </Layout.Content>
    </Layout>
  );
}
