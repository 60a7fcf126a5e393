import { useMutation, useQuery } from '@tanstack/react-query';
import { Button, Descriptions, Result, Select, Space, Typography } from 'antd';
import { useState } from 'react';
import { api } from '../api/client';
import type { DirectiveVerification, DirectiveView } from '../api/types';
import { ErrorAlert } from '../app/ErrorAlert';
import { useI18n } from '../i18n/i18n';

/** The auditor verifies a directive's hash-chained audit trail; a broken chain names its first bad entry. */
export function AuditPage() {
  const { t } = useI18n();
  const [directiveId, setDirectiveId] = useState<string>();
  const directives = useQuery({ queryKey: ['directives'], queryFn: () => api<DirectiveView[]>('/v1/directives?limit=100') });
  const verify = useMutation({ mutationFn: (id: string) => api<DirectiveVerification>(`/v1/audit/directives/${encodeURIComponent(id)}/verify`) });
  const v = verify.data;
  return (
    <section>
      <Typography.Title level={1} style={{ fontSize: 22 }}>
        {t('auditTitle')}
      </Typography.Title>
      <Space wrap style={{ marginBottom: 12 }}>
        <Select
          aria-label={t('directive')}
          placeholder={t('directive')}
          style={{ minWidth: 280 }}
          showSearch
          optionFilterProp="label"
          loading={directives.isLoading}
          value={directiveId}
          onChange={setDirectiveId}
          options={directives.data?.map((d) => ({ value: d.id, label: `${d.number} — ${d.subject}` }))}
        />
        <Button type="primary" disabled={!directiveId} loading={verify.isPending} onClick={() => directiveId && verify.mutate(directiveId)}>
          {t('verify')}
        </Button>
      </Space>
      <ErrorAlert error={directives.error ?? verify.error} />
      {v && (
        <Result status={v.ok ? 'success' : 'error'} title={v.ok ? t('chainOk') : t('chainBroken')}>
          <Descriptions size="small" column={1} bordered>
            <Descriptions.Item label={t('entries')}>{v.chain.entries}</Descriptions.Item>
            <Descriptions.Item label={t('historiesChecked')}>{v.histories.checked}</Descriptions.Item>
            {v.chain.firstProblem && <Descriptions.Item label={t('firstBroken')}>{`#${v.chain.firstProblem.seq} (${v.chain.firstProblem.kind}): ${v.chain.firstProblem.message}`}</Descriptions.Item>}
          </Descriptions>
        </Result>
      )}
    </section>
  );
}
