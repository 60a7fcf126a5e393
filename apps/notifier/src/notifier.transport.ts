import { consumerTransport } from '@dondoc/persistence';
import type { NotifierConfig } from './notifier.config';

/**
 * The notifier reads the task facts; other event types pass by unhandled. No processed-event
 * store: every handler is idempotent by its own keys (a notice is unique per task, kind,
 * trigger, level and recipient, and e-mailed only while unsent; an evaluation cell or a
 * year grade is keyed by task and period), which saves two MongoDB round trips per event.
 */
export const notifierTransport = (config: NotifierConfig) =>
  consumerTransport({
    config,
    service: 'notifier',
    groupId: config.NOTIFIER_GROUP_ID,
    subscribe: ['taskEvents'],
    maxAttempts: config.NOTIFIER_MAX_ATTEMPTS,
    recordProcessed: false,
  });
