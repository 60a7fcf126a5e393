import { parseDivergence } from './divergence';

describe('parseDivergence', () => {
  it('names the event the core could not match, and keeps its sentence', () => {
    const sdk =
      'Replay failed with a nondeterminism error. Details: Failure { failure: Some(Failure { message: "[TMPRL1100] Nondeterminism error: Activity machine does not handle this event: HistoryEvent(id: 5, TimerStarted)", source: "" }) }';
    expect(parseDivergence(sdk)).toEqual({
      eventId: 5,
      eventType: 'TimerStarted',
      message: '[TMPRL1100] Nondeterminism error: Activity machine does not handle this event: HistoryEvent(id: 5, TimerStarted)',
    });
  });

  it('keeps the whole text when no event is named', () => {
    expect(parseDivergence('something else')).toEqual({ eventId: null, eventType: null, message: 'something else' });
  });
});
