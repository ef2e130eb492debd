import { describe, expect, it } from 'vitest';
import type { AlertSubscription } from '../../../src/core/delivery-ports.js';
import { holdReason } from '../../../src/deliver/held-alerts.js';
import { openDatabase } from '../../../src/store/open-database.js';
import { createSqliteHeldAlertStore } from '../../../src/store/sqlite-held-alert-store.js';
import { createSqliteSubscriptionStore } from '../../../src/store/sqlite-subscription-store.js';

const clock = { now: () => 5_000 };
const alert = { platform: 'console', channel: 'ops', kind: 'alert', query: 'Kidal' } as const;
const quiet = { from: 22 * 60, to: 7 * 60 };
/** 20:30 UTC in July: 22:30 in Paris (in 22:00-07:00), 21:30 in Niamey (not yet). */
const SUMMER_EVENING = Date.parse('2026-07-06T20:30:00Z');

function open() {
  const db = openDatabase({ path: ':memory:' });
  return { db, subs: createSqliteSubscriptionStore({ db, clock }) };
}

describe("an alert's own time zone", () => {
  it('is none (NULL) until set, so quiet hours stay in the settings timezone', () => {
    const { db, subs } = open();
    const a = subs.add(alert, 'chat');
    subs.setAlertLimits(a.id, { quiet });
    const row = db.prepare('SELECT timezone FROM subscriptions WHERE id = ?').get(a.id);
    expect(row).toEqual({ timezone: null });
    const stored = subs.get(a.id) as AlertSubscription;
    expect(stored).not.toHaveProperty('timezone');
    const hold = { held: createSqliteHeldAlertStore(db), timezone: 'Europe/Paris' };
    expect(holdReason(hold, stored, SUMMER_EVENING)).toBe('quiet');
    expect(holdReason({ ...hold, timezone: 'Africa/Niamey' }, stored, SUMMER_EVENING)).toBeNull();
  });

  it('is kept when set, read before the settings one, and NULL again when cleared', () => {
    const { db, subs } = open();
    const a = subs.add(alert, 'chat');
    subs.setAlertLimits(a.id, { quiet, timezone: 'Africa/Niamey' });
    const stored = subs.get(a.id) as AlertSubscription;
    expect(stored).toMatchObject({ timezone: 'Africa/Niamey', quiet });
    const hold = { held: createSqliteHeldAlertStore(db), timezone: 'Europe/Paris' };
    expect(holdReason(hold, stored, SUMMER_EVENING)).toBeNull();
    subs.setAlertLimits(a.id, { timezone: null });
    expect(subs.get(a.id)).not.toHaveProperty('timezone');
    expect(subs.get(a.id)).toMatchObject({ quiet });
  });

  it('comes from config on seeding, and leaves a digest its own', () => {
    const { subs } = open();
    subs.seed([{ ...alert, quiet, timezone: 'Europe/Paris' }]);
    const [seeded] = subs.list({ kind: 'alert' });
    expect(seeded).toMatchObject({ timezone: 'Europe/Paris', origin: 'config' });
    subs.seed([{ ...alert, quiet }]);
    expect(subs.list({ kind: 'alert' })[0]).not.toHaveProperty('timezone');
    const digest = subs.add(
      {
        platform: 'console',
        channel: 'ops',
        kind: 'digest',
        cron: '0 8 * * *',
        timezone: 'Africa/Bamako',
      },
      'config',
    );
    expect(digest).toMatchObject({ timezone: 'Africa/Bamako' });
  });
});
