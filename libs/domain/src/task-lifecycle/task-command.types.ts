import type { ApprovalQuality } from '@dondoc/contracts';
import { EvidenceRef } from './task-state.types';

// Commands as they arrive (Temporal updates). The instant a command takes effect is not
// part of it: the workflow passes its own clock to `transition`, so a client cannot
// backdate an acknowledgement or a submission.

export type TaskCommand =
  | { readonly type: 'acknowledge' }
  | { readonly type: 'refuse'; readonly reason: string }
  | { readonly type: 'reportProgress'; readonly percent: number; readonly note: string; readonly evidence?: readonly EvidenceRef[] }
  | { readonly type: 'requestExtension'; readonly newDueAt: string; readonly reason: string }
  | { readonly type: 'decideExtension'; readonly requestId: string; readonly approve: boolean }
  | { readonly type: 'submitCompletion'; readonly summary: string; readonly evidence?: readonly EvidenceRef[] }
  /** `quality`: the issuer's verdict (absent: the work met the requirements); a major error says what it is. */
  | { readonly type: 'approveCompletion'; readonly quality?: ApprovalQuality; readonly qualityReason?: string }
  /** `qualityError`: the issuer counts this return as a major quality error (absent: it does not). */
  | { readonly type: 'returnForRework'; readonly reason: string; readonly newDueAt?: string; readonly qualityError?: boolean }
  | { readonly type: 'reassign'; readonly toUnitId: string }
  | { readonly type: 'pause'; readonly reason: string }
  | { readonly type: 'resume' }
  | { readonly type: 'cancel'; readonly reason: string };

export type TaskCommandType = TaskCommand['type'];
