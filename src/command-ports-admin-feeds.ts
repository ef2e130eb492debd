import type {
  AdminFailure,
  AdminPorts,
  FeedAdded,
  FeedRequest,
  FeedStatus,
  FeedSummary,
} from './core/admin-ports.js';
import type { Config, FeedLanguage } from './core/config-types.js';
import { foldString } from './core/fold-text.js';
import { FeedFailureCode, type NormalisedItem } from './core/item.js';
import type { Clock } from './core/ports.js';
import { err, ok, type Result } from './core/result.js';
import type { FeedState, FeedStateStore } from './core/store-ports.js';
import { decodeFeed } from './ingest/decode-feed.js';
import { createFetcher, DEFAULT_USER_AGENT, type LookupFn } from './ingest/fetch-feed.js';
import { readFeed } from './ingest/read-feed.js';
import type { AdminStore } from './store/sqlite-admin-store.js';

export interface FeedDeps {
  readonly config: Config;
  readonly clock: Clock;
  readonly feeds: FeedStateStore;
  readonly admin: AdminStore;
  /** ALLOW_PRIVATE_FEEDS: chat feeds may reach private, loopback and link-local addresses. */
  readonly allowPrivateFeeds: boolean;
  /** `config/feeds.yaml`, as the answers name it. */
  readonly feedsFile: string;
  /** Name resolution for the SSRF guard (tests map names without DNS). */
  readonly lookup?: LookupFn;
}

type FeedPorts = Pick<
  AdminPorts,
  'listFeeds' | 'feedStatus' | 'addFeed' | 'removeFeed' | 'completeFeeds'
>;

/** Chat feeds poll less often than a wire feed by default: they are someone's suggestion. */
const CHAT_TIER = 3;
const MAX_COMPLETIONS = 25;

/** `feeds list|add|remove|status` over the feed store, with the SSRF guard and a trial fetch. */
export function createFeedPorts(deps: FeedDeps): FeedPorts {
  const active = (): { state: FeedState; summary: FeedSummary }[] => {
    const origins = deps.admin.feedOrigins();
    return deps.feeds
      .list()
      .filter((f) => f.active)
      .map((state) => ({ state, summary: summarise(state, origins.get(state.id) ?? 'config') }));
  };
  return {
    listFeeds: () => active().map((f) => f.summary),
    feedStatus: () => active().map(({ state, summary }) => toStatus(state, summary)),
    addFeed: (request) => addFeed(deps, request),
    removeFeed(id) {
      const feed = active().find((f) => f.state.id === id.trim());
      if (!feed) return err({ code: 'not-found', what: 'feed', id });
      if (feed.summary.origin === 'config') {
        return err({ code: 'from-config', what: 'feed', id: feed.state.id, file: deps.feedsFile });
      }
      deps.admin.deactivateChatFeed(feed.state.id);
      return ok(feed.summary);
    },
    completeFeeds(prefix) {
      const wanted = foldString(prefix.trim());
      return active()
        .filter(
          ({ state }) => state.id.startsWith(wanted) || foldString(state.name).startsWith(wanted),
        )
        .slice(0, MAX_COMPLETIONS)
        .map(({ state }) => ({ value: state.id, label: `${state.id} — ${state.name}` }));
    },
  };
}

function summarise(state: FeedState, origin: FeedSummary['origin']): FeedSummary {
  return { id: state.id, name: state.name, url: state.url, language: state.language, origin };
}

function toStatus(state: FeedState, summary: FeedSummary): FeedStatus {
  return {
    ...summary,
    lastSuccessAt: state.lastSuccessAt,
    failures: state.failures,
    reason: state.disabled?.reason ?? state.lastError?.message ?? null,
    disabled: state.disabled !== null,
    nextPollAt: state.disabled === null ? state.nextPollAt : null,
  };
}

/**
 * Checks the URL with the SSRF guard (on every redirect hop), fetches and parses it once, then
 * stores it as a chat feed due at once: its first poll seeds the seen-set without alerting, as
 * for a new config feed. A URL already polled answers with the feed that polls it; the URL of a
 * disabled feed enables that feed again once it reads.
 */
async function addFeed(
  deps: FeedDeps,
  request: FeedRequest,
): Promise<Result<FeedAdded, AdminFailure>> {
  const url = request.url.trim();
  const known = deps.feeds.findByUrl(url);
  const knownSummary = known?.active
    ? summarise(known, deps.admin.feedOrigins().get(known.id) ?? 'config')
    : null;
  if (known && knownSummary && known.disabled === null) {
    return err({ code: 'feed-known', feed: knownSummary });
  }
  const trial = await trialFetch(deps, url);
  if (!trial.ok) return trial;
  const { title, items } = trial.value;
  if (known && knownSummary) {
    // A disabled feed that reads again is enabled again, wherever it came from.
    const now = deps.clock.now();
    deps.feeds.update(known.id, { disabled: null, failures: 0, lastError: null, nextPollAt: now });
    return ok({ feed: knownSummary, title, items: items.length, reenabled: true });
  }
  const name = request.name?.trim() || title || new URL(url).host;
  const feed = {
    id: known?.id ?? uniqueId(deps.feeds, name, url),
    url,
    name,
    language: request.language ?? guessLanguage(items),
    tier: CHAT_TIER,
    intervalMs: deps.config.settings.polling.defaultIntervalMs,
  } as const;
  deps.admin.addChatFeed(feed, deps.clock.now());
  return ok({ feed: { ...feed, origin: 'chat' }, title, items: items.length, reenabled: false });
}

async function trialFetch(
  deps: FeedDeps,
  url: string,
): Promise<Result<{ title: string | null; items: NormalisedItem[] }, AdminFailure>> {
  const polling = deps.config.settings.polling;
  const fetcher = createFetcher({
    userAgent: DEFAULT_USER_AGENT,
    timeoutMs: polling.timeoutMs,
    maxBytes: polling.maxBytes,
    maxRedirects: polling.maxRedirects,
    concurrency: 1,
    perHostConcurrency: 1,
    guardAddresses: !deps.allowPrivateFeeds,
    ...(deps.lookup ? { lookup: deps.lookup } : {}),
  });
  const failed = (reason: string, refused = false): Result<never, AdminFailure> =>
    err({ code: 'feed-failed', url, reason, refused });
  try {
    const outcome = await fetcher.fetch(url, null);
    if (outcome.kind === 'failed') {
      return failed(outcome.failure.message, outcome.failure.code === FeedFailureCode.Forbidden);
    }
    if (outcome.kind !== 'fetched')
      return failed(`unexpected ${outcome.kind} answer to a first request`);
    const read = await readFeed({
      body: outcome.body,
      contentType: outcome.contentType,
      url: outcome.finalUrl,
      feedId: 'trial',
      now: deps.clock.now(),
    });
    if (!read.ok) return failed(read.error.message);
    return ok({
      title: feedTitle(decodeFeed(outcome.body, outcome.contentType).text),
      items: read.value,
    });
  } finally {
    fetcher.close();
  }
}

/** The feed's own title: the first `<title>` before any item or entry, or JSON Feed's `title`. */
export function feedTitle(text: string): string | null {
  const head = text.slice(0, 65_536);
  if (head.trimStart().startsWith('{')) {
    try {
      const title: unknown = (JSON.parse(text) as { title?: unknown }).title;
      return typeof title === 'string' && title.trim() !== '' ? clean(title) : null;
    } catch {
      return null;
    }
  }
  const firstEntry = head.search(/<(?:item|entry)[\s>]/i);
  const channel = firstEntry < 0 ? head : head.slice(0, firstEntry);
  const match = /<title[^>]*>([\s\S]*?)<\/title>/i.exec(channel);
  const title = match?.[1] === undefined ? '' : clean(unwrapXml(match[1]));
  return title === '' ? null : title;
}

function unwrapXml(text: string): string {
  return text
    .replace(/<!\[CDATA\[([\s\S]*?)\]\]>/g, '$1')
    .replace(/<[^>]*>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;|&apos;/g, "'")
    .replace(/&#(\d+);/g, (_, code: string) => String.fromCodePoint(Number(code)))
    .replace(/&amp;/g, '&');
}

const clean = (text: string): string => text.replace(/\s+/g, ' ').trim().slice(0, 200);

/** `en` or `fr` when most items say so, else `mixed`. */
function guessLanguage(items: readonly NormalisedItem[]): FeedLanguage {
  const en = items.filter((i) => i.lang === 'en').length;
  const fr = items.filter((i) => i.lang === 'fr').length;
  if (en > 2 * fr) return 'en';
  if (fr > 2 * en) return 'fr';
  return 'mixed';
}

/**
 * A kebab-case id from the feed's name (`RFI Afrique` → `rfi-afrique`), unique in the store. A
 * long title with a tagline keeps its part before the dash, bar or colon (`Studio Tamani – Toute
 * l'information…` → `studio-tamani`), and an id is cut between words, never inside one.
 */
function uniqueId(feeds: FeedStateStore, name: string, url: string): string {
  const base = idFromName(name) || slug(new URL(url).host.replace(/^www\./, '')) || 'feed';
  for (let n = 1; ; n += 1) {
    const id = n === 1 ? base : `${base}-${n}`;
    if (feeds.get(id) === null) return id;
  }
}

/** Longest id made from a feed's name. */
const ID_LENGTH = 32;

function idFromName(name: string): string {
  const whole = kebab(name);
  if (whole.length <= ID_LENGTH) return whole;
  const head = kebab(name.split(/\s[—–|:-]\s|:\s/)[0] ?? '');
  return cutBetweenWords(head.length >= 3 ? head : whole);
}

function slug(text: string): string {
  return cutBetweenWords(kebab(text));
}

function kebab(text: string): string {
  return foldString(text)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** At most `ID_LENGTH` characters, ending at the end of a word when one ends within them. */
function cutBetweenWords(id: string): string {
  if (id.length <= ID_LENGTH) return id;
  const cut = id.slice(0, ID_LENGTH + 1);
  const end = cut.lastIndexOf('-');
  return (end > 0 ? cut.slice(0, end) : id.slice(0, ID_LENGTH)).replace(/-+$/, '');
}
