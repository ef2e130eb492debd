import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../../src/store/open-database.js';
import { createSqliteSubscriptionStore } from '../../../src/store/sqlite-subscription-store.js';

const clock = { now: () => 5_000 };
const ROLE = '1250000000000000007';
const alert = { platform: 'discord', channel: '1', kind: 'alert', query: 'Kidal' } as const;
const digest = {
  platform: 'discord',
  channel: '1',
  kind: 'digest',
  cron: '0 8 * * *',
  timezone: 'Africa/Bamako',
} as const;

describe("an alert subscription's role ping", () => {
  it('is none until set, then kept, replaced or cleared', () => {
    const subs = createSqliteSubscriptionStore({ db: openDatabase({ path: ':memory:' }), clock });
    const a = subs.add(alert, 'chat');
    expect(a).toMatchObject({ kind: 'alert', pingRole: null });
    subs.setPingRole(a.id, ROLE);
    expect(subs.get(a.id)).toMatchObject({ pingRole: ROLE });
    expect(subs.add(alert, 'chat')).toMatchObject({ id: a.id, pingRole: ROLE });
    subs.setPingRole(a.id, null);
    expect(subs.get(a.id)).toMatchObject({ pingRole: null });
  });

  it('survives seeding from config and is never set on a digest', () => {
    const subs = createSqliteSubscriptionStore({ db: openDatabase({ path: ':memory:' }), clock });
    const a = subs.add(alert, 'config');
    const d = subs.add(digest, 'config');
    subs.setPingRole(a.id, ROLE);
    subs.setPingRole(d.id, ROLE);
    subs.seed([alert, digest]);
    expect(subs.get(a.id)).toMatchObject({ pingRole: ROLE });
    expect(subs.get(d.id)).not.toHaveProperty('pingRole');
  });
});
