import type { ReleaseDeps } from '../../../src/deliver/held-alerts.js';
import { buildHeldAlerts } from '../../../src/digest/build-held-alerts.js';
import { openDatabase } from '../../../src/store/open-database.js';
import { createSqliteHeldAlertStore } from '../../../src/store/sqlite-held-alert-store.js';
import { createSqliteOutboxStore } from '../../../src/store/sqlite-outbox-store.js';
import {
  createSqliteStoryStore,
  createSqliteTransaction,
} from '../../../src/store/sqlite-story-store.js';
import { createSqliteSubscriptionStore } from '../../../src/store/sqlite-subscription-store.js';

/**
 * The stores held alerts go through, over one database (a file, or `:memory:`) as a process
 * opening it would see them at `now`, and the release's dependencies over them: quiet hours
 * read in Africa/Bamako unless an alert names its own zone, catch-ups posted to the console.
 */
export function openHeldAlertStores(path: string, now: number) {
  const db = openDatabase({ path });
  const subscriptions = createSqliteSubscriptionStore({ db, clock: { now: () => now } });
  const stories = createSqliteStoryStore(db);
  const outbox = createSqliteOutboxStore(db);
  const held = createSqliteHeldAlertStore(db);
  const deps = (overrides: Partial<ReleaseDeps> = {}): ReleaseDeps => ({
    held,
    timezone: 'Africa/Bamako',
    subscriptions,
    outbox,
    stories,
    transaction: createSqliteTransaction(db),
    defaultLocale: 'en',
    platforms: new Set(['console']),
    build: buildHeldAlerts,
    ...overrides,
  });
  return { db, subscriptions, stories, outbox, held, deps };
}
