/**
 * Thrown by a handler when an event is well-formed but can never be handled (e.g. it
 * names a task that cannot exist): the consumer dead-letters it at once, no retries.
 */
export class PoisonEventError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PoisonEventError';
  }
}
