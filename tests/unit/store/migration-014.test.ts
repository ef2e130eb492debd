import { describe, expect, it } from 'vitest';
import { migrations } from '../../../src/store/migrations/index.js';
import { openDatabase } from '../../../src/store/open-database.js';
import { runMigrations } from '../../../src/store/run-migrations.js';
import { createSqliteHeldAlertStore } from '../../../src/store/sqlite-held-alert-store.js';
import { createSqliteSubscriptionStore } from '../../../src/store/sqlite-subscription-store.js';

const quiet = { from: 22 * 60, to: 7 * 60 };

describe('migration 014 on a store holding alerts', () => {
  it('gives alerts held in quiet hours their alert’s zone, and none to the others', () => {
    const db = openDatabase({ path: ':memory:', migrations: migrations.slice(0, 13) });
    const subs = createSqliteSubscriptionStore({ db, clock: { now: () => 0 } });
    const alert = { platform: 'console', channel: 'ops', kind: 'alert', query: 'Kidal' } as const;
    const paris = subs.add({ ...alert, quiet, timezone: 'Europe/Paris' }, 'chat');
    const settings = subs.add({ ...alert, channel: 'news', quiet }, 'chat');
    // As a version-13 store kept them: the quiet range, no zone.
    const hold = db.prepare(
      `INSERT INTO held_alerts (subscription_id, platform, channel, story_id, reason, held_at, quiet)
       VALUES (?, 'console', 'ops', ?, ?, 0, ?)`,
    );
    hold.run(paris.id, 'night', 'quiet', '22:00-07:00');
    hold.run(paris.id, 'capped', 'cap', null);
    hold.run(settings.id, 'other', 'quiet', '22:00-07:00');

    runMigrations(db, migrations);

    const held = createSqliteHeldAlertStore(db);
    const zones = [...held.pending(paris.id), ...held.pending(settings.id)].map((h) => [
      h.storyId,
      h.timezone,
    ]);
    expect(zones).toEqual([
      ['night', 'Europe/Paris'],
      ['capped', undefined],
      ['other', undefined],
    ]);
    db.close();
  });

  it('keeps the zone an alert is held in from then on', () => {
    const db = openDatabase({ path: ':memory:' });
    const subs = createSqliteSubscriptionStore({ db, clock: { now: () => 0 } });
    const { id } = subs.add(
      { platform: 'console', channel: 'ops', kind: 'alert', query: 'Gao', quiet },
      'chat',
    );
    const held = createSqliteHeldAlertStore(db);
    const at = { subscriptionId: id, platform: 'console', channel: 'ops', heldAt: 0 } as const;
    held.hold({ ...at, storyId: 'a', reason: 'quiet', quiet, timezone: 'Africa/Niamey' });
    held.hold({ ...at, storyId: 'b', reason: 'quiet', quiet });
    expect(held.pending(id).map((h) => h.timezone)).toEqual(['Africa/Niamey', undefined]);
    db.close();
  });
});
