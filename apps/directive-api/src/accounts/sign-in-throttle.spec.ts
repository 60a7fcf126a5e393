import { SignInThrottle } from './sign-in-throttle';

describe('SignInThrottle', () => {
  it('lets a client fail up to the limit in the window, then says how long to wait', () => {
    const throttle = new SignInThrottle(3, 60_000);
    const t0 = 1_000_000;
    for (let i = 0; i < 3; i += 1) {
      expect(throttle.retryAfterSeconds('10.0.0.1', t0 + i)).toBe(0);
      throttle.fail('10.0.0.1', t0 + i);
    }
    expect(throttle.retryAfterSeconds('10.0.0.1', t0 + 10)).toBe(60);
    expect(throttle.retryAfterSeconds('10.0.0.2', t0 + 10)).toBe(0);
    // The oldest failure leaves the window: one more try is allowed.
    expect(throttle.retryAfterSeconds('10.0.0.1', t0 + 60_001)).toBe(0);
  });

  it('forgets a client that signs in successfully', () => {
    const throttle = new SignInThrottle(1, 60_000);
    throttle.fail('c', 0);
    expect(throttle.retryAfterSeconds('c', 1)).toBeGreaterThan(0);
    throttle.succeed('c');
    expect(throttle.retryAfterSeconds('c', 1)).toBe(0);
  });
});
