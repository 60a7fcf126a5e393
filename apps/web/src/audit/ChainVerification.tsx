import { useMutation } from '@tanstack/react-query';
import { Button, Descriptions, Result, Space } from 'antd';
import type { ReactNode } from 'react';
import { api } from '../api/client';
import type { DirectiveVerification } from '../api/types';
import { ErrorAlert } from '../app/ErrorAlert';
import { useI18n } from '../i18n/i18n';

/** The directive's hash-chained audit trail verified; a broken chain names its first bad entry. */
export function ChainVerification({ directiveId, picker }: { directiveId: string | undefined; picker: ReactNode }) {
  const { t } = useI18n();
  const verify = useMutation({
    mutationFn: (id: string) => api<DirectiveVerification>(`/v1/audit/directives/${encodeURIComponent(id)}/verify`),
  });
  const v = verify.data;
  return (
    <>
      <Space wrap style={{ marginBottom: 12 }}>
        {picker}
        <Button type="primary" disabled={!directiveId} loading={verify.isPending} onClick={() => directiveId && verify.mutate(directiveId)}>
          {t('verify')}
        </Button>
      </Space>
      <ErrorAlert error={verify.error} />
      {v && (
        <Result status={v.ok ? 'success' : 'error'} title={v.ok ? t('chainOk') : t('chainBroken')}>
          <Descriptions size="small" column={1} bordered>
            <Descriptions.Item label={t('entries')}>{v.chain.entries}</Descriptions.Item>
            <Descriptions.Item label={t('historiesChecked')}>{v.histories.checked}</Descriptions.Item>
            {v.chain.firstProblem && (
              <Descriptions.Item
                label={t('firstBroken')}
              >{`#${v.chain.firstProblem.seq} (${v.chain.firstProblem.kind}): ${v.chain.firstProblem.message}`}</Descriptions.Item>
            )}
          </Descriptions>
        </Result>
      )}
    </>
  );
}
