import type { App } from '../app.js';
import type { Config, SubscriptionSeed } from '../core/config-types.js';
import type { ChatPlatform } from '../core/ports.js';
import type { DrainReport } from '../deliver/outbox-worker.js';
import { createDelivery, guarded, type Delivery, type DeliveryOptions } from './create-delivery.js';
import type { DigestRun } from './run-due-digests.js';
import { warnAdminChannels } from './warn-admin-channels.js';
import { createSqliteAdminStore } from '../store/sqlite-admin-store.js';

/** The console channel that gets the default digest when no chat platform is running. */
export const CONSOLE_CHANNEL = 'console';

/**
 * Adds delivery to a wired app: stories, subscriptions (seeded from the config) and the outbox
 * on the app's database, and a commit hook that turns each feed's new items into stories and
 * alerts. With the console platform and no console digest configured, a console digest on
 * the settings' schedule is added, so `npm start` without tokens prints digests as they fall due.
 */
export function wireDelivery(
  app: App,
  platforms: readonly ChatPlatform[],
  options: Pick<DeliveryOptions, 'worker' | 'messages' | 'summarizer'> = {},
): Delivery {
  const delivery = createDelivery({
    db: app.store.db,
    config: app.config,
    items: app.store.items,
    feeds: app.store.feeds,
    platforms,
    clock: app.clock,
    logger: app.logger.child({ part: 'delivery' }),
    scheduler: app.scheduler,
    ...options,
  });
  const consoleDigest =
    platforms.some((p) => p.name === 'console') && !hasConsoleDigest(app.config);
  delivery.seed(consoleDigest ? [defaultConsoleDigest(app.config)] : []);
  // Each feed's new items are filed as soon as its poll commits, not at the end of the cycle:
  // an alert waits for its own feed only.
  app.onCommit((_feed, result) => delivery.enqueue([...result.backfilled, ...result.newItems]));
  const admin = createSqliteAdminStore(app.store.db);
  const names = platforms.map((p) => p.name);
  app.onCycle((report) => {
    const warnings = { config: app.config, outbox: delivery.outbox, admin, clock: app.clock };
    if (warnAdminChannels({ ...warnings, platforms: names }, report.feeds) > 0) {
      delivery.worker.kick();
    }
  });
  return delivery;
}

export interface OnceDelivery {
  readonly digests: readonly DigestRun[];
  readonly drain: DrainReport;
}

/**
 * What `once` does after its poll: files any items a crash left outside stories, builds the
 * digests that are due, and delivers every due row, waiting up to `waitForRetriesMs` for retries.
 */
export async function deliverOnce(
  delivery: Delivery,
  waitForRetriesMs = 30_000,
): Promise<OnceDelivery> {
  await delivery.settled();
  await delivery.catchUp();
  const digests = delivery.runDueDigests();
  const drain = await delivery.deliver({ waitForRetriesMs });
  return { digests, drain };
}

/** What `run` does: catch up, then check digests every minute and drain the outbox in the background. */
export function startDelivery(app: App, delivery: Delivery): void {
  void guarded(app.logger, 'catch-up', () => delivery.catchUp()).then(() => delivery.worker.kick());
  delivery.start();
}

/**
 * One line for the console, `delivery: 2 sent, 0 failed, 1 retrying; 1 digest built`, or null
 * when there was nothing to deliver.
 */
export function formatOnceDelivery(result: OnceDelivery): string | null {
  const { sent, failed, retried } = result.drain;
  const digests = result.digests.length;
  if (sent + failed + retried + digests === 0) return null;
  return `delivery: ${sent} sent, ${failed} failed, ${retried} retrying; ${digests} ${digests === 1 ? 'digest' : 'digests'} built`;
}

function hasConsoleDigest(config: Config): boolean {
  return config.subscriptions.some((s) => s.platform === 'console' && s.kind === 'digest');
}

function defaultConsoleDigest(config: Config): SubscriptionSeed {
  const { digest, timezone } = config.settings;
  return {
    platform: 'console',
    channel: CONSOLE_CHANNEL,
    kind: 'digest',
    cron: digest.cron,
    timezone,
  };
}
