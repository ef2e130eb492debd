import type { RunInTransaction } from '../core/delivery-ports.js';
import { describeError } from '../core/errors.js';
import type { Clock, Summarizer } from '../core/ports.js';
import type { ItemStore, StoredItem } from '../core/store-ports.js';
import { isSahelNews } from '../match/is-sahel-news.js';
import { clusterItems, type ClusterDeps } from './cluster-items.js';
import { queueAlerts, type QueueAlertsDeps } from './queue-alerts.js';

export interface ProcessDeps
  extends ClusterDeps,
    Omit<QueueAlertsDeps, 'defaultLocale' | 'stories'> {
  readonly transaction: RunInTransaction;
  readonly summarizer: Summarizer;
  readonly clock: Clock;
}

export interface ProcessReport {
  readonly items: number;
  readonly newStories: number;
  readonly joined: number;
  readonly alerts: number;
  readonly updates: number;
}

const SUMMARY_LENGTH = 280;

/**
 * Items → stories → alerts. Summaries are made first (the summariser may be slow or remote);
 * then one transaction clusters the items into stories and queues their alerts and updates.
 * An item's story membership and its outbox rows commit together, and items already in a
 * story are skipped, so running this twice on the same items sends nothing twice. Only Sahel
 * news makes a story (`isSahelNews`: an actor, place or state, not only a topic such as an
 * attack elsewhere, nor only a context-only state). Items are filed in the order they were
 * published, whatever order the feeds handed them over in: a story begins with its first report,
 * and a situation's developments take their places in its arc in the order they happened.
 */
export async function processNewItems(
  deps: ProcessDeps,
  items: readonly StoredItem[],
): Promise<ProcessReport> {
  const fresh = items
    .filter(
      (item) =>
        isSahelNews(
          item.matches.map((m) => m.entity),
          deps.config.watchlist,
        ) && deps.stories.storyOfItem(item.id) === null,
    )
    .sort(byPublication);
  if (fresh.length === 0) return { items: 0, newStories: 0, joined: 0, alerts: 0, updates: 0 };
  const summaries = new Map<string, string>();
  for (const item of fresh) summaries.set(item.id, await summarize(deps, item));
  return deps.transaction(() => {
    const now = deps.clock.now();
    const clustered = clusterItems(deps, fresh, summaries, now);
    for (const c of clustered.filter((c) => c.created)) {
      deps.logger.debug('story started', {
        story: c.story.id,
        reason: c.reason,
        arc: c.story.arcId ?? null,
        arcReason: c.arcReason ?? null,
      });
    }
    const queued = queueAlerts(
      { ...deps, defaultLocale: deps.config.settings.locale },
      clustered,
      now,
    );
    const newStories = clustered.filter((c) => c.created).length;
    return {
      items: clustered.length,
      newStories,
      joined: clustered.length - newStories,
      ...queued,
    };
  });
}

/**
 * Processes stored items that are in no story yet: those a crash left between the poll's
 * commit and `processNewItems`. Looks back one story window.
 */
export async function processBacklog(
  deps: ProcessDeps,
  items: Pick<ItemStore, 'listSince'>,
): Promise<ProcessReport> {
  const since = deps.clock.now() - deps.config.settings.stories.windowHours * 3_600_000;
  const pending = items
    .listSince(since)
    .filter((item) => deps.stories.storyOfItem(item.id) === null)
    .sort((a, b) => a.firstSeenAt - b.firstSeenAt);
  return processNewItems(deps, pending);
}

/** Earlier publication first; first seen, then id, break ties (a stable order across runs). */
function byPublication(a: StoredItem, b: StoredItem): number {
  return a.publishedAt - b.publishedAt || a.firstSeenAt - b.firstSeenAt || (a.id < b.id ? -1 : 1);
}

async function summarize(deps: ProcessDeps, item: StoredItem): Promise<string> {
  const text = item.summary !== '' ? item.summary : item.content;
  try {
    return await deps.summarizer.summarize({
      title: item.title,
      text,
      lang: item.lang,
      keywords: [...new Set(item.matches.map((m) => m.alias))],
      maxLength: SUMMARY_LENGTH,
    });
  } catch (error) {
    deps.logger.warn('summary failed, using the lead', {
      item: item.id,
      error: describeError(error),
    });
    return text.length > SUMMARY_LENGTH ? `${text.slice(0, SUMMARY_LENGTH - 1)}…` : text;
  }
}
