import { describe, expect, it } from 'vitest';
import { subscriptionsFileSchema } from '../../../src/config/schemas/subscriptions.js';

const alert = { platform: 'console', channel: 'ops', kind: 'alert', query: 'Kidal' };

describe('subscriptions.yaml quiet hours and cap', () => {
  it('reads quiet and max on an alert', () => {
    const parsed = subscriptionsFileSchema.safeParse({
      subscriptions: [
        { ...alert, quiet: '22:00-07:00', max: '6/h' },
        { ...alert, max: 20 },
      ],
    });
    expect(parsed.success).toBe(true);
    expect(parsed.data?.subscriptions[0]).toMatchObject({
      quiet: { from: 1320, to: 420 },
      max: { max: 6, per: 'hour' },
    });
    expect(parsed.data?.subscriptions[1]).toMatchObject({ max: { max: 20, per: 'hour' } });
  });

  it('refuses a bad range or cap with an example, and both keys on a digest', () => {
    const parsed = subscriptionsFileSchema.safeParse({
      subscriptions: [
        { ...alert, quiet: '25:00-07:00', max: '0/h' },
        { platform: 'console', channel: 'ops', kind: 'digest', quiet: '22:00-07:00' },
      ],
    });
    const issues = parsed.error?.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
    expect(issues).toEqual([
      'subscriptions.0.quiet: "25:00-07:00" is not a time range — e.g. quiet: "22:00-07:00"',
      'subscriptions.0.max: "0/h" is not a cap — e.g. max: 6/h or max: 20/d',
      'subscriptions.1.quiet: only alert subscriptions take this key',
    ]);
  });

  it('reads an alert timezone, and refuses an unknown one', () => {
    const parsed = subscriptionsFileSchema.safeParse({
      subscriptions: [{ ...alert, quiet: '22:00-07:00', timezone: 'Europe/Paris' }],
    });
    expect(parsed.data?.subscriptions[0]).toMatchObject({ timezone: 'Europe/Paris' });
    const bad = subscriptionsFileSchema.safeParse({
      subscriptions: [{ ...alert, quiet: '22:00-07:00', timezone: 'Mars/Olympus' }],
    });
    expect(bad.error?.issues.map((i) => `${i.path.join('.')}: ${i.message}`)).toEqual([
      'subscriptions.0.timezone: unknown IANA time zone "Mars/Olympus"',
    ]);
  });
});
