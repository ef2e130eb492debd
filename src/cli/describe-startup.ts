import type { Env } from '../core/config-types.js';

/** What `sahel-digest run` tells a person at a terminal when it starts. */
export interface StartupFacts {
  /** The feeds it polls (the active ones). */
  readonly feeds: readonly { readonly name: string }[];
  /** The scheduler tick (cron expression) that polls due feeds. */
  readonly tick: string;
  /** The config folder, to say where feeds are added. */
  readonly configDir: string;
  /** The database file, as an absolute path. */
  readonly databasePath: string;
  /** The platforms that deliver digests and alerts: `console`, `discord`, `slack`. */
  readonly platforms: readonly string[];
  readonly env: Pick<Env, 'discordToken' | 'slackBotToken'>;
  /** Alerts and digests of the console channel, when the console platform runs. */
  readonly consoleSubscriptions?: number;
}

/** How many feed names the first line lists before `and N more`. */
const LISTED_FEEDS = 4;

/**
 * The start-up lines, in order: what it polls, where it stores, where it posts, and — when no
 * chat token is set — exactly how to connect Discord or Slack, and how to subscribe the console
 * when nothing is. Pure, so the wording is tested as it is printed.
 */
export function describeStartup(facts: StartupFacts): string[] {
  const noToken = facts.env.discordToken === undefined && facts.env.slackBotToken === undefined;
  return [
    feedsLine(facts),
    `database: ${facts.databasePath}`,
    platformsLine(facts.platforms, noToken),
    ...(noToken ? CONNECT_HINTS : []),
    ...(facts.platforms.includes('console') && facts.consoleSubscriptions === 0
      ? [NOTHING_SUBSCRIBED]
      : []),
    'Ctrl-C stops',
  ];
}

function feedsLine(facts: StartupFacts): string {
  const count = facts.feeds.length;
  if (count === 0) return `polling no feeds: add some to ${facts.configDir.replace(/\/+$/, '')}/feeds.yaml`;
  const names = facts.feeds.slice(0, LISTED_FEEDS).map((f) => f.name);
  const more = count > LISTED_FEEDS ? ` and ${count - LISTED_FEEDS} more` : '';
  return `polling ${count} ${count === 1 ? 'feed' : 'feeds'} (tick "${facts.tick}"): ${names.join(', ')}${more}`;
}

function platformsLine(platforms: readonly string[], noToken: boolean): string {
  if (platforms.length === 0) return 'platforms: none running';
  const why = noToken ? ' (no Discord or Slack token set: digests and alerts print here)' : '';
  return `platforms: ${platforms.join(', ')}${why}`;
}

/** With no alert or digest for the console, only new items would ever print: say how to get more. */
const NOTHING_SUBSCRIBED =
  'no alert or digest for the console yet, so only new items print here: in another terminal, ' +
  'run `npx sahel-digest chat`, then `/sahel alert add Kidal` or `/sahel digest subscribe`';

const CONNECT_HINTS: readonly string[] = [
  'to post to Discord: set DISCORD_TOKEN (the bot token; add DISCORD_GUILD_ID to try it on one server), ' +
    'run `sahel-digest discord register`, open the invite URL it prints, then restart',
  'to post to Slack: run `sahel-digest slack manifest`, create the app from it and set SLACK_BOT_TOKEN and SLACK_APP_TOKEN ' +
    '(Socket Mode; with `--url https://…` set SLACK_BOT_TOKEN and SLACK_SIGNING_SECRET instead), then restart',
  'environment variables: see .env.example',
];
