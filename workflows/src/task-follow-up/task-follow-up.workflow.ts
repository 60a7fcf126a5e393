import { civilServiceCalendar, workingCalendarOf } from '@dondoc/domain';
import {
  AssigneeUnit,
  DirectiveId,
  DueAt,
  EscalationLevel,
  TASK_COMMAND_NAMES,
  TaskId,
  carriesQualityVerdict,
  taskCommandSpec,
  withoutQualityVerdict,
  TaskStatus,
  taskFollowUpMessages as messages,
  type RecordedFacts,
  type TaskActivities,
  type TaskCommandName,
  type TaskFollowUpInput,
  type TaskSnapshot,
} from '@dondoc/task-follow-up';
import {
  allHandlersFinished,
  ApplicationFailure,
  condition,
  continueAsNew,
  log,
  patched,
  proxyActivities,
  proxyLocalActivities,
  setHandler,
  upsertSearchAttributes,
  workflowInfo,
} from '@temporalio/workflow';
import type { UpdateDefinition } from '@temporalio/common';
import { dueItems } from './agenda';
import { TaskFollowUp, type CommandMeta } from './task-follow-up.state';

// One workflow per assigned task (ID `task:<taskId>`): it follows the task from assignment
// to approval, or a recurring duty through every period to its year-end grade, and raises
// misses to superiors by itself. Working-day arithmetic uses the domain's calendar in
// process, on versioned data: the version shipped in code, or a published one given at
// start (input) or later by the `calendarPublished` signal, kept in the carried state,
// so every replay computes the same days.

const activities = proxyActivities<TaskActivities>({
  startToCloseTimeout: '30 seconds',
  retry: { initialInterval: '1 second', maximumInterval: '1 minute', backoffCoefficient: 2 },
});

// Since 'local-recipient': who receives an escalation is looked up by a local activity, in
// the worker within the workflow task, so a missed deadline reaches the publish without an
// activity round trip through the server (short, read-only: what local activities are for).
// Since 'record-facts-locally' the publish is local too (recordFactsLocally): an escalation,
// a reminder or a command is one workflow task, where it was two with a wake-up between
// (the activity's completion came back as a second workflow task, which under load found the
// workflow evicted from the cache and replayed it from history: ESC's worker CPU went there).
// Its answer, written to history in its marker, is the record of what was published, which
// the audit reads (a local activity's input is not in history; recordFacts' input was).
const localActivities = proxyLocalActivities<Pick<TaskActivities, 'resolveEscalationRecipient' | 'recordFactsLocally'>>({
  startToCloseTimeout: '30 seconds',
  retry: { initialInterval: '1 second', maximumInterval: '1 minute', backoffCoefficient: 2 },
});

// Archiving must never hold up reminders and escalations: bounded retries, and a failure
// is only logged (the audit service's sweep archives any run still missing).
const archiving = proxyActivities<Pick<TaskActivities, 'archiveRun'>>({
  startToCloseTimeout: '1 minute',
  retry: { initialInterval: '5 seconds', maximumInterval: '1 minute', backoffCoefficient: 2, maximumAttempts: 10 },
});

export async function taskFollowUp(input: TaskFollowUpInput): Promise<TaskSnapshot> {
  // Histories from before published calendars carry none: they keep the calendar in code.
  const calendarData = input.carried ? input.carried.calendar : input.calendar;
  const calendar = calendarData ? workingCalendarOf(calendarData) : civilServiceCalendar;
  const followUp = input.carried
    ? TaskFollowUp.resume(input.definition, input.carried, calendar)
    : TaskFollowUp.start(input.definition, calendar, calendarData);
  let published = input.carried ? followUp.revision : 0;

  // ---- handlers ----
  setHandler(messages.snapshot, () => followUp.snapshot(Date.now()));
  for (const name of TASK_COMMAND_NAMES) registerCommand(followUp, name);
  // patched() here, where the signal lands: a run that began before published calendars
  // takes them up from now on, and a history where an older worker dropped the signal
  // (no marker) replays as it ran. Adopting bumps the revision: the loop wakes and re-plans.
  setHandler(messages.calendarPublished, ({ calendar: data }) => {
    if (!data || typeof data !== 'object' || !patched('calendar-as-data')) return;
    followUp.adoptCalendar(data, workingCalendarOf(data), Date.now());
  });

  // Every change is published as soon as it is made. v1 waited for the next change when an
  // update landed while the previous one was being published (found by the audit work).
  const publishEveryChange = patched('publish-every-change');
  // The recipient looked up locally, and every due agenda item of a pass fired before one
  // publish (see `localActivities`). Runs begun before this keep one item a pass, remotely.
  const batchedAgenda = patched('local-recipient-batched-agenda');
  const resolveRecipient = batchedAgenda ? localActivities.resolveEscalationRecipient : activities.resolveEscalationRecipient;
  // Runs begun before it publish through the ordinary activity (see `localActivities`).
  const recordFacts = patched('record-facts-locally') ? localActivities.recordFactsLocally : activities.recordFacts;

  // The previous run (continue-as-new) is closed now: archive its history for auditors, in
  // the background. Added after v1 was released, hence patched(): v1 histories replay.
  const { continuedFromExecutionRunId, workflowId } = workflowInfo();
  const archived =
    continuedFromExecutionRunId && patched('archive-previous-run')
      ? archiving
          .archiveRun({ workflowId, runId: continuedFromExecutionRunId, taskId: input.definition.taskId })
          .catch((error: unknown) => log.warn('archiving the previous run failed; the audit sweep will retry', { error: String(error) }))
      : Promise.resolve();

  // ---- main loop ----
  for (;;) {
    if (followUp.revision !== published) {
      published = followUp.revision;
      await publish(followUp, recordFacts);
    }
    if (followUp.finished) break;
    if (followUp.periodClosedThisRun || workflowInfo().continueAsNewSuggested) {
      await condition(allHandlersFinished);
      if (followUp.revision === published) {
        await archived;
        return await continueAsNew<typeof taskFollowUp>({ ...input, carried: followUp.carry() });
      }
      continue; // an update landed while draining: publish it first
    }

    const now = Date.now();
    const { due, nextAt } = dueItems(followUp.state, now);
    if (due.length === 0) {
      // An update that landed while the last change was being published: publish it now.
      if (publishEveryChange && followUp.revision !== published) continue;
      // Sleep until the next agenda item, or until an update changes the state.
      const seen = followUp.revision;
      const changed = () => followUp.revision !== seen;
      await (nextAt === undefined ? condition(changed) : condition(changed, Math.max(1, nextAt - now)));
      continue;
    }
    // v1: one item per pass. Since 'local-recipient-batched-agenda': all items due now, then one publish.
    // Each is re-checked after its recipient is looked up: an update may have resolved its
    // cause meanwhile, and what fires is decided from the state as it is then.
    for (const item of batchedAgenda ? due : due.slice(0, 1)) {
      const recipient =
        item.kind === 'escalate'
          ? await resolveRecipient({ unitId: followUp.state.task.leadUnitId, level: item.level, at: new Date(now).toISOString() })
          : undefined;
      if (dueItems(followUp.state, Date.now()).due.some((d) => d.key === item.key)) followUp.fire(item, Date.now(), recipient);
    }
  }

  await condition(allHandlersFinished);
  if (followUp.revision !== published) await publish(followUp, recordFacts);
  await archived;
  log.info('task follow-up finished', { taskId: input.definition.taskId, status: followUp.state.task.status });
  return followUp.snapshot(Date.now());
}

/**
 * Validator answers at once from the domain's rules; the handler applies the same rules.
 * Since 'issuer-quality-verdict' an approval or a return may carry the issuer's quality
 * verdict, which the follow-up records; patched() is asked only when one is carried, so
 * histories without verdicts (all of those before) replay untouched, and a history where a
 * worker from before dropped one (no marker) replays as it ran.
 */
function registerCommand(followUp: TaskFollowUp, name: TaskCommandName): void {
  const spec = taskCommandSpec(name);
  setHandler(
    messages.commandUpdates[name] as UpdateDefinition<TaskSnapshot, [CommandMeta]>,
    (input: CommandMeta) => {
      const command = spec.command(input);
      const verdictKept = !carriesQualityVerdict(command) || patched('issuer-quality-verdict');
      followUp.apply(verdictKept ? command : withoutQualityVerdict(command), input, Date.now());
      return followUp.snapshot(Date.now());
    },
    {
      validator: (input: CommandMeta) => {
        if (!input || typeof input !== 'object' || !input.actor) throw new Error('Thiếu thông tin người thực hiện (actor is required)');
        const rejection = followUp.check(spec.command(input), input, Date.now());
        // The code travels as the failure's type so the API can tell "no such request" (404)
        // from a refusal (409); validators write nothing to history, so replay is unaffected.
        if (rejection) throw ApplicationFailure.create({ message: rejection.message, type: rejection.code, nonRetryable: true });
      },
    },
  );
}

async function publish(followUp: TaskFollowUp, recordFacts: (facts: RecordedFacts) => Promise<unknown>): Promise<void> {
  const snapshot = followUp.snapshot(Date.now());
  upsertSearchAttributes([
    { key: DirectiveId, value: snapshot.directiveId },
    { key: TaskId, value: snapshot.taskId },
    { key: AssigneeUnit, value: snapshot.leadUnitId },
    { key: TaskStatus, value: snapshot.status },
    { key: EscalationLevel, value: snapshot.escalationLevel },
    { key: DueAt, value: snapshot.dueAt ? new Date(snapshot.dueAt) : null },
  ]);
  await recordFacts({ events: followUp.drainFacts(), snapshot });
}
