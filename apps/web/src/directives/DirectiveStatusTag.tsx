import { Tag } from 'antd';
import type { DirectiveView } from '../api/types';
import { useI18n } from '../i18n/i18n';

const COLOUR = { draft: 'default', issued: 'blue', withdrawn: 'volcano' } as const;

export function DirectiveStatusTag({ status }: { status: DirectiveView['status'] }) {
  const { t } = useI18n();
  return <Tag color={COLOUR[status]}>{t(`directiveStatus_${status}`)}</Tag>;
}
