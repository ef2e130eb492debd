import type { WebClient } from '@slack/web-api';
import type { Language } from '../../core/config-types.js';
import { describeError } from '../../core/errors.js';
import type { FactRef } from '../../core/message.js';
import { buildHomeView, HOME_FACTS, pickHomeFacts } from './build-home-view.js';
import type { SlackHandlerDeps } from './handle-slack.js';

/** How far back "today's" news reaches, as the digest buttons' `since:24h` does. */
const DAY_MS = 86_400_000;
/** Stories read per country to find the fact cards behind today's news. */
const STORIES_READ = 20;

/**
 * Publishes the user's Home tab, in their language: today's digest and fact card buttons, the
 * subscriptions of their channels (an alert's quiet hours, cap and held alerts too), and the
 * feeds. Never throws: a failure is logged.
 * @see https://docs.slack.dev/reference/methods/views.publish
 */
export async function publishHome(
  client: WebClient,
  userId: string,
  deps: SlackHandlerDeps,
): Promise<void> {
  try {
    const { admin } = deps.base.ports;
    const profile = await deps.profiles.lookup(client, userId, false);
    const locale = profile.language ?? deps.base.config.settings.locale;
    const channels = await channelsOf(client, userId, deps);
    const view = buildHomeView({
      tops: deps.commands.tops,
      feeds: admin.feedStatus(),
      subscriptions: admin.subscriptions
        .list({ platform: 'slack' })
        .filter((s) => channels.has(s.channel)),
      locale,
      timezone: deps.base.config.settings.timezone,
      held: admin.heldAlerts(),
      facts: todaysFacts(deps, locale),
      now: deps.base.clock.now(),
    });
    await client.views.publish({
      user_id: userId,
      view: { type: 'home', blocks: [...view.blocks] },
    });
  } catch (error) {
    deps.logger.error('slack home tab failed', { userId, error: describeError(error) });
  }
}

/** The fact cards the last day's stories of every country command cite the most. */
function todaysFacts(deps: SlackHandlerDeps, locale: Language): FactRef[] {
  const since = deps.base.clock.now() - DAY_MS;
  const cards = deps.commands.tops.flatMap((top) =>
    top.country === undefined
      ? []
      : deps.base.ports.read.news({
          country: top.country,
          since,
          offset: 0,
          limit: STORIES_READ,
          locale,
        }).cards,
  );
  return pickHomeFacts(cards, HOME_FACTS);
}

/**
 * The channels a user is in (`users.conversations`, up to 1,000), so the Home tab shows only
 * their subscriptions; none when Slack will not say (the tab then lists none).
 * @see https://docs.slack.dev/reference/methods/users.conversations
 */
async function channelsOf(
  client: WebClient,
  userId: string,
  deps: SlackHandlerDeps,
): Promise<Set<string>> {
  try {
    const found = await client.users.conversations({
      user: userId,
      types: 'public_channel,private_channel',
      exclude_archived: true,
      limit: 1000,
    });
    return new Set((found.channels ?? []).flatMap((c) => (c.id === undefined ? [] : [c.id])));
  } catch (error) {
    deps.logger.warn('slack users.conversations failed', { userId, error: describeError(error) });
    return new Set();
  }
}
