import { basename, isAbsolute, join, relative, resolve } from 'node:path';
import type { App } from './app.js';
import { createAlertPorts } from './command-ports-admin-alerts.js';
import { createResumePorts } from './command-ports-admin-resume.js';
import {
  badSize,
  createDigestPorts,
  DIGEST_SIZE,
  type SubscriptionDeps,
} from './command-ports-admin-digests.js';
import { createFeedPorts } from './command-ports-admin-feeds.js';
import type { AdminPorts, ChannelRef, SettingsView } from './core/admin-ports.js';
import type { Config } from './core/config-types.js';
import type { Subscription } from './core/delivery-ports.js';
import type { LookupFn } from './ingest/fetch-feed.js';
import { createMessageBuilders } from './pipeline/message-builders.js';
import { createCronCalendar } from './scheduler.js';
import { createSqliteAdminStore, type AdminStore } from './store/sqlite-admin-store.js';
import { createSqliteArcStore } from './store/sqlite-arc-store.js';
import { createSqliteHeldAlertStore } from './store/sqlite-held-alert-store.js';
import { createSqliteOutboxStore } from './store/sqlite-outbox-store.js';
import { createSqliteStoryStore, createSqliteTransaction } from './store/sqlite-story-store.js';
import { createSqliteSubscriptionStore } from './store/sqlite-subscription-store.js';
import { frenchArcTitler } from './stories/arc-title-fr.js';

export interface AdminPortsOptions {
  /** Name resolution for the SSRF guard of `feeds add` (tests map names without DNS). */
  readonly lookup?: LookupFn;
}

const MAX_COMPLETIONS = 25;

/**
 * The admin ports over a wired app's database: subscriptions (merged with
 * `config/subscriptions.yaml` by the delivery's seed), chat feeds (kept through the config
 * sync), channel and platform settings, digests on demand through the outbox. Nothing here
 * starts a worker: `say` and `chat` change the store, and `run` acts on it.
 */
export function createAdminPorts(
  app: Pick<App, 'config' | 'env' | 'clock' | 'store'>,
  options: AdminPortsOptions = {},
): AdminPorts {
  const { config, clock, store } = app;
  const db = store.db;
  const admin = createSqliteAdminStore(db);
  const subscriptions = createSqliteSubscriptionStore({ db, clock });
  const stories = createSqliteStoryStore(db);
  const deps: SubscriptionDeps = {
    config,
    clock,
    subscriptions,
    stories,
    outbox: createSqliteOutboxStore(db),
    admin,
    transaction: createSqliteTransaction(db),
    calendar: createCronCalendar(),
    // Digests on demand title an arc stored before French titles existed in French too.
    messages: createMessageBuilders(config, {
      arcs: createSqliteArcStore(db, { frenchTitle: frenchArcTitler(config.watchlist) }),
      stories,
    }),
    subscriptionsFile: configFile(config, 'subscriptions'),
  };
  // `say` and `chat` may run before any `run` seeded the config's subscriptions: add the
  // missing ones (never remove: the delivery's seed owns removals and its console default).
  for (const seed of config.subscriptions) deps.subscriptions.add(seed, 'config');
  const settings = createSettings(config, admin);
  return {
    subscriptions: deps.subscriptions,
    configFile: (kind) => configFile(config, kind),
    ...createDigestPorts(deps),
    ...createAlertPorts({
      ...deps,
      items: store.items,
      pings: subscriptions,
      limits: subscriptions,
      held: createSqliteHeldAlertStore(db),
    }),
    ...createResumePorts(deps),
    ...createFeedPorts({
      config,
      clock,
      feeds: store.feeds,
      admin,
      allowPrivateFeeds: app.env.allowPrivateFeeds,
      feedsFile: configFile(config, 'feeds'),
      ...(options.lookup ? { lookup: options.lookup } : {}),
    }),
    settings: settings.view,
    updateSettings(where, change) {
      const size = change.digestSize;
      if (
        size !== undefined &&
        (!Number.isInteger(size) || size < DIGEST_SIZE.min || size > DIGEST_SIZE.max)
      ) {
        return { ok: false, error: { ...badSize(size), option: 'digest-size' } };
      }
      const now = clock.now();
      if (change.adminChannel !== undefined) {
        admin.setAdminChannel(where.platform, change.adminChannel, now);
      }
      if (change.locale !== undefined || size !== undefined) {
        admin.setChannelSettings(
          where.platform,
          where.channel,
          {
            ...(change.locale === undefined ? {} : { locale: change.locale }),
            ...(size === undefined ? {} : { digestSize: size }),
          },
          now,
        );
      }
      return { ok: true, value: settings.view(where) };
    },
    completeSubscriptions(platform, channel, prefix) {
      return deps.subscriptions
        .list({ platform, channel })
        .filter((s) => String(s.id).startsWith(prefix.trim()))
        .slice(0, MAX_COMPLETIONS)
        .map((s) => ({ value: String(s.id), label: describeSubscription(s) }));
    },
  };
}

function createSettings(config: Config, admin: AdminStore) {
  return {
    view(where: ChannelRef): SettingsView {
      const channel = admin.channelSettings(where.platform, where.channel);
      const adminChannel = admin.adminChannel(where.platform);
      const { settings } = config;
      return {
        adminChannel: { value: adminChannel, source: adminChannel === null ? 'unset' : 'platform' },
        locale:
          channel.locale === null
            ? { value: settings.locale, source: 'config' }
            : { value: channel.locale, source: 'channel' },
        digestSize:
          channel.digestSize === null
            ? { value: settings.digest.size, source: 'config' }
            : { value: channel.digestSize, source: 'channel' },
        file: configFile(config, 'settings'),
      };
    },
  };
}

/** `#3 alert: Kidal AND drone` · `#4 digest: 0 8 * * * Africa/Bamako` (for completion). */
function describeSubscription(s: Subscription): string {
  const what = s.kind === 'alert' ? `alert: ${s.query}` : `digest: ${s.cron} ${s.timezone}`;
  const label = `#${s.id} ${what}${s.origin === 'config' ? ' (config)' : ''}`;
  return label.length > 100 ? `${label.slice(0, 99)}…` : label;
}

/**
 * The config file that holds entries of a kind as chat answers name it: relative to the working
 * folder when inside it (`config/feeds.yaml`), else the config folder's name and the file. Never
 * the absolute path, which would show the server's layout to Discord and Slack users.
 */
function configFile(config: Config, kind: 'subscriptions' | 'feeds' | 'settings'): string {
  const dir = resolve(config.dir);
  const near = relative(process.cwd(), join(dir, `${kind}.yaml`));
  return near.startsWith('..') || isAbsolute(near) ? `${basename(dir)}/${kind}.yaml` : near;
}
