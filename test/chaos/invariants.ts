import { AuditSealChecker, canonicalJson, MongoAuditTrail, verifyChain } from '@dondoc/audit';
import { createKafkaClient, readLatestByKey } from '@dondoc/messaging';
import { DirectiveOutboxStore, DirectiveRepository, noticeKey, TaskReadModelRepository } from '@dondoc/persistence';
import { taskFollowUpMessages, taskWorkflowId } from '@dondoc/task-follow-up';
import type { Client } from '@temporalio/client';
import type { Connection } from 'mongoose';

export interface Violation {
  check: string;
  ids: string[];
  detail: string;
}

export interface RunWorld {
  connection: Connection;
  temporal: Client;
  mailboxUrl: string;
  kafkaBrokers: string;
  deadLetterTopic: string;
  checker: AuditSealChecker;
  /** Directives this run created (issued or not). */
  directiveIds: string[];
  /** Tasks whose acknowledgement the API accepted: they may or may not have escalated. */
  acknowledged: Set<string>;
}

const few = (ids: string[]) => ids.slice(0, 8);

/** Every invariant the issue lists, checked once; an empty list means the run recovered. */
export async function checkInvariants(w: RunWorld, withSnapshots: boolean): Promise<Violation[]> {
  const out: Violation[] = [];
  const add = (check: string, ids: string[], detail: string) => {
    if (ids.length) out.push({ check, ids: few(ids), detail: `${ids.length} ${detail}` });
  };
  const directives = new DirectiveRepository(w.connection);
  const tasks: string[] = [];
  const issuedDirectives: string[] = [];
  for (const id of w.directiveIds) {
    const d = await directives.findById(id);
    if (d?.status === 'issued') {
      issuedDirectives.push(id);
      for (const a of d.assignments) tasks.push(a.taskId);
    }
  }

  // 1. one workflow per task.assigned
  const runs = new Map<string, number>();
  for (const id of issuedDirectives) {
    for await (const wf of w.temporal.workflow.list({ query: `DirectiveId = '${id}'` }))
      runs.set(wf.workflowId, (runs.get(wf.workflowId) ?? 0) + 1);
  }
  add(
    'one-workflow-per-task',
    tasks.filter((t) => (runs.get(taskWorkflowId(t)) ?? 0) !== 1),
    'task(s) without exactly one workflow run',
  );

  // 2. one notice and one e-mail per due escalation (the mailbox lists 500 by default: ask for all)
  const notices = await w.connection
    .collection('inbox_notices')
    .find({ taskId: { $in: tasks }, kind: 'escalation' })
    .toArray();
  const byKey = new Map<string, number>();
  for (const n of notices) {
    const key = noticeKey(n as never);
    byKey.set(key, (byKey.get(key) ?? 0) + 1);
  }
  add(
    'one-notice-per-escalation',
    [...byKey].filter(([, c]) => c !== 1).map(([k]) => k),
    'notice key(s) with more than one notice',
  );
  const escalated = new Set(notices.filter((n) => n.trigger === 'ack' && n.level === 1).map((n) => n.taskId as string));
  // The load knows an acknowledgement from its HTTP answer; one whose answer was lost (the API
  // killed after the workflow accepted it, or answering after the load stopped retrying) is
  // still an acknowledgement: the workflow is asked before a notice is called missing.
  for (const t of tasks.filter((t) => !w.acknowledged.has(t) && !escalated.has(t))) {
    if (await acknowledgedInTime(w, t)) w.acknowledged.add(t);
  }
  add(
    'due-escalation-noticed',
    tasks.filter((t) => !w.acknowledged.has(t) && !escalated.has(t)),
    'unacknowledged task(s) past their window without a level-1 notice',
  );
  const mails = ((await (await fetch(`${w.mailboxUrl}/messages?limit=1000000`)).json()) as { messages: { noticeKey: string | null }[] })
    .messages;
  const mailCount = new Map<string, number>();
  for (const m of mails) if (m.noticeKey) mailCount.set(m.noticeKey, (mailCount.get(m.noticeKey) ?? 0) + 1);
  add(
    'one-mail-per-notice',
    [...byKey.keys()].filter((k) => (mailCount.get(k) ?? 0) !== 1),
    'notice(s) without exactly one e-mail',
  );

  // 3. the outbox drained
  const pending = await new DirectiveOutboxStore(directives).pendingCount();
  if (pending > 0) out.push({ check: 'outbox-drained', ids: issuedDirectives.slice(0, 8), detail: `${pending} outbox entr(ies) unsent` });

  // 4. dead letters: only the poison this run injected
  const kafka = createKafkaClient({ brokers: [w.kafkaBrokers], clientId: 'chaos-check', logLevel: 'error' });
  const letters = await readLatestByKey<{ reason: string }>(kafka, w.deadLetterTopic).catch(() => new Map<string, { reason: string }>());
  add(
    'dead-letters-only-poison',
    [...letters.keys()].filter((k) => !k.startsWith('poison-')),
    'dead letter(s) that are not injected poison',
  );

  // 5. every audit chain verifies (hashes and seals)
  const trail = new MongoAuditTrail(w.connection, { sealer: null });
  for (const id of issuedDirectives) {
    const v = verifyChain({
      directiveId: id,
      entries: await trail.entries(id),
      checkpoints: await trail.checkpoints(id),
      checker: w.checker,
    });
    if (!v.ok)
      out.push({ check: 'audit-chain-verifies', ids: [id], detail: v.problems.map((p) => `${p.kind}@${p.seq}: ${p.message}`).join('; ') });
  }

  // 6. each read model equals its workflow's snapshot (only once the rest holds: it queries every workflow)
  if (withSnapshots && out.length === 0) {
    const rows = new TaskReadModelRepository(w.connection);
    const differing: string[] = [];
    let first = '';
    for (const t of tasks) {
      const [row, snapshot] = await Promise.all([
        rows.findById(t),
        w.temporal.workflow
          .getHandle(taskWorkflowId(t))
          .query(taskFollowUpMessages.snapshot)
          .catch((e: Error) => e),
      ]);
      const why = !row
        ? 'no read model'
        : snapshot instanceof Error
          ? `query failed: ${snapshot.message}`
          : differingKeys(row.snapshot as unknown as Record<string, unknown>, snapshot as unknown as Record<string, unknown>);
      if (why) {
        differing.push(t);
        first ||= `${t}: ${why}`;
      }
    }
    add('read-model-equals-snapshot', differing, `read model(s) differing from the workflow snapshot (first: ${first})`);
  }
  return out;
}

/** Whether the task's workflow records an acknowledgement within its window (so no escalation was due). */
async function acknowledgedInTime(w: RunWorld, taskId: string): Promise<boolean> {
  const snapshot = await w.temporal.workflow
    .getHandle(taskWorkflowId(taskId))
    .query(taskFollowUpMessages.snapshot)
    .catch(() => null);
  if (!snapshot?.acknowledgedAt) return false;
  return !snapshot.acknowledgeBy || Date.parse(snapshot.acknowledgedAt) <= Date.parse(snapshot.acknowledgeBy);
}

/** The top-level fields where a read model's snapshot and the workflow's differ ('' when equal). */
function differingKeys(stored: Record<string, unknown>, live: Record<string, unknown>): string {
  // asOf is the workflow time the snapshot was taken at, which moves with every workflow task
  // (a timer that changes nothing); everything else must match.
  const keys = new Set([...Object.keys(stored), ...Object.keys(live)].filter((k) => k !== 'asOf'));
  const differ = [...keys].filter((k) => canonicalJson(stored[k] ?? null) !== canonicalJson(live[k] ?? null));
  return differ
    .map((k) => `${k}: stored ${canonicalJson(stored[k] ?? null).slice(0, 120)} ≠ live ${canonicalJson(live[k] ?? null).slice(0, 120)}`)
    .join('; ');
}
