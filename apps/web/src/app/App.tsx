import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { App as AntApp, ConfigProvider, Spin, Typography } from 'antd';
import enUS from 'antd/locale/en_US';
import viVN from 'antd/locale/vi_VN';
import type { ReactNode } from 'react';
import { BrowserRouter, Navigate, Route, Routes } from 'react-router';
import { AuditPage } from '../audit/AuditPage';
import { homeOf, SessionProvider, useSession } from '../auth/session';
import { SignInPage } from '../auth/SignInPage';
import { DashboardPage } from '../dashboard/DashboardPage';
import { DirectiveListPage } from '../directives/DirectiveListPage';
import { DirectivePage } from '../directives/DirectivePage';
import { EvaluationHome, EvaluationPage } from '../evaluations/EvaluationPage';
import { I18nProvider, useI18n } from '../i18n/i18n';
import { ImportPage } from '../import/ImportPage';
import { InboxPage } from '../inbox/InboxPage';
import { ReferenceDataPage } from '../reference/ReferenceDataPage';
import { TaskPage } from '../tasks/TaskPage';
import { TodoPage } from '../tasks/TodoPage';
import { Shell } from './Shell';
import { THEME } from './theme';

const queries = new QueryClient({ defaultOptions: { queries: { retry: 1, refetchOnWindowFocus: false } } });

/** Pages behind sign-in: waits for the silent refresh, then sends strangers to the sign-in page. */
function SignedIn({ children }: { children: ReactNode }) {
  const { user } = useSession();
  const { t } = useI18n();
  if (user === undefined) return <Spin fullscreen tip={t('loading')} />;
  if (user === null) return <Navigate to="/sign-in" replace />;
  return children;
}

function Home() {
  const { user } = useSession();
  return user ? <Navigate to={homeOf(user.role)} replace /> : null;
}

function Routed() {
  const { language, t } = useI18n();
  return (
    // Empty lists say so in plain text (antd's grey picture fails WCAG contrast).
    <ConfigProvider
      locale={language === 'en' ? enUS : viVN}
      theme={THEME}
      renderEmpty={() => <Typography.Text type="secondary">{t('nothing')}</Typography.Text>}
    >
      <AntApp>
        <BrowserRouter>
          <Routes>
            <Route path="/sign-in" element={<SignInPage />} />
            <Route
              element={
                <SignedIn>
                  <Shell />
                </SignedIn>
              }
            >
              <Route index element={<Home />} />
              <Route path="directives" element={<DirectiveListPage />} />
              <Route path="directives/:id" element={<DirectivePage />} />
              <Route path="import" element={<ImportPage />} />
              <Route path="todo" element={<TodoPage />} />
              <Route path="tasks/:id" element={<TaskPage />} />
              <Route path="inbox" element={<InboxPage />} />
              <Route path="dashboard" element={<DashboardPage />} />
              <Route path="evaluations" element={<EvaluationHome />} />
              <Route path="evaluations/:unitId/:period" element={<EvaluationPage />} />
              <Route path="audit" element={<AuditPage />} />
              <Route path="reference-data" element={<ReferenceDataPage />} />
              <Route path="*" element={<Navigate to="/" replace />} />
            </Route>
          </Routes>
        </BrowserRouter>
      </AntApp>
    </ConfigProvider>
  );
}

export function App() {
  return (
    <QueryClientProvider client={queries}>
      <I18nProvider>
        <SessionProvider>
          <Routed />
        </SessionProvider>
      </I18nProvider>
    </QueryClientProvider>
  );
}
