import { limitNotes } from '../../../commands/alert-limits.js';
import { feedTrouble } from '../../../commands/feed-health.js';
import { pauseReasonIn } from '../../../commands/pause-reason.js';
import type { FeedStatus } from '../../core/admin-ports.js';
import type { Subscription } from '../../core/delivery-ports.js';
import type { TopCommand } from '../../core/command.js';
import type { Language } from '../../core/config-types.js';
import type { FactRef, Message, StoryCard } from '../../core/message.js';
import { commandLineIn } from '../command-line-in.js';
import { escapeMrkdwn, packUnits } from './escape-mrkdwn.js';
import { renderSlack } from './render-slack.js';
import type { MrkdwnText, SlackBlock } from './slack-payload.js';

/** A Home tab holds at most 100 blocks. */
const HOME_BLOCKS = 100;
const FEEDS_SHOWN = 40;
const SUBSCRIPTIONS_SHOWN = 30;
/** A section's text holds at most 3,000 characters. */
const SECTION_TEXT = 3000;
/** Fact card buttons on the tab: a few, so the tab stays a summary. */
export const HOME_FACTS = 5;
/** The news window of the "today's digest" buttons: the command line they run says it. */
const TODAY = 'since:24h';

const WORDS = {
  en: {
    title: 'Sahel Digest',
    intro:
      'News digests, alerts and background facts on the Sahel. Type /sahel help in any channel for every command.',
    feeds: 'Feeds',
    subscriptions: 'Subscriptions in your channels',
    noSubscriptions:
      'None of your channels has alerts or digests yet: an admin adds them with /sahel alert add or /sahel digest subscribe.',
    alert: 'alert',
    digest: 'digest',
    ok: 'ok',
    never: 'not read yet',
    failing: (n: number) => `failing (${n} in a row)`,
    disabled: 'disabled',
    more: (n: number) => `and ${n} more: /sahel feeds status`,
    today: (top: string) => `Today's digest /${top}`,
    facts: 'Background on today’s news',
    paused: (reason: string, resume: string) =>
      `:double_vertical_bar: paused: ${reason} — an admin resumes it with ${resume}`,
  },
  fr: {
    title: 'Sahel Digest',
    intro:
      'Résumés, alertes et fiches de contexte sur le Sahel. Tapez /sahel aide dans un salon pour toutes les commandes.',
    feeds: 'Flux',
    subscriptions: 'Abonnements de vos canaux',
    noSubscriptions:
      "Aucun de vos canaux n'a encore d'alerte ni de résumé : un admin les ajoute avec /sahel alerte ajouter ou /sahel resume abonner.",
    alert: 'alerte',
    digest: 'résumé',
    ok: 'ok',
    never: 'pas encore lu',
    failing: (n: number) => `en échec (${n} de suite)`,
    disabled: 'désactivé',
    more: (n: number) => `et ${n} autres : /sahel flux etat`,
    today: (top: string) => `Résumé du jour /${top}`,
    facts: 'Contexte de l’actualité du jour',
    paused: (reason: string, resume: string) =>
      `:double_vertical_bar: en pause : ${reason} — un admin la reprend avec ${resume}`,
  },
} as const;

/** What the Home tab shows a user. */
export interface HomeFacts {
  readonly tops: readonly TopCommand[];
  readonly feeds: readonly FeedStatus[];
  /** Slack subscriptions of the channels the user is in. */
  readonly subscriptions: readonly Subscription[];
  readonly locale: Language;
  /** Fact cards behind today's news, most cited first (see `pickHomeFacts`). */
  readonly facts: readonly FactRef[];
  /** The timezone alert quiet hours are read in (settings.yaml's), named beside them. */
  readonly timezone: string;
  /** How many alerts each alert subscription holds now, by subscription id. */
  readonly held: ReadonlyMap<number, number>;
  /** The time a failing feed's "for 3 days" counts to; without it, the reason alone. */
  readonly now?: number;
}

/**
 * The fact cards most relevant to today's news: those the most of the given story cards cite,
 * ties going to the first cited (cards come best-ranked first, facts most specific first), at
 * most `limit` of them.
 */
export function pickHomeFacts(cards: readonly StoryCard[], limit = HOME_FACTS): FactRef[] {
  const counted = new Map<string, { readonly fact: FactRef; count: number }>();
  for (const fact of cards.flatMap((c) => c.facts)) {
    const seen = counted.get(fact.id);
    if (seen === undefined) counted.set(fact.id, { fact, count: 1 });
    else seen.count += 1;
  }
  // Map keeps first-cited order and the sort is stable, so ties stay in that order.
  return [...counted.values()]
    .sort((a, b) => b.count - a.count)
    .slice(0, limit)
    .map((c) => c.fact);
}

/** Slack's own channel ids (`C…`, `G…`): safe inside a `<#…>` channel mention. */
const CHANNEL_ID = /^[CG][A-Z0-9]{2,}$/;

/**
 * The Home tab in three parts: what the bot is, a button per country command to open today's
 * digest (`/mali news since:24h`), help and buttons for the fact cards behind today's news
 * (`/mali fact <id>`); the subscriptions of the user's channels; the feeds with their health.
 * Each button's id is the command line it runs. The first and last parts are neutral messages
 * rendered with the message renderer, so the same escaping and limits apply; the subscriptions
 * are Slack blocks, because only Slack's `<#C…>` shows a channel by its name.
 */
export function homeMessage(facts: HomeFacts): { readonly top: Message; readonly feeds: Message } {
  const words = WORDS[facts.locale];
  const countries = facts.tops.filter((t) => t.country !== undefined);
  const shown = facts.feeds.slice(0, FEEDS_SHOWN);
  const health = (feed: FeedStatus): string => {
    if (feed.disabled) return words.disabled;
    if (feed.failures > 0) return words.failing(feed.failures);
    return feed.lastSuccessAt === null ? words.never : words.ok;
  };
  // Buttons run, and the help button shows, command lines as the reader types them.
  const line = (text: string): string => commandLineIn(text, facts.tops, facts.locale);
  const help = line('/sahel help');
  const top: Message = {
    blocks: [
      { type: 'heading', text: words.title },
      { type: 'text', text: words.intro },
      {
        type: 'actions',
        actions: [
          ...countries.map((t) => ({
            id: line(`/${t.name} news ${TODAY}`),
            label: words.today(t.name),
          })),
          { id: help, label: help },
        ],
      },
      ...(facts.facts.length === 0
        ? []
        : [
            { type: 'heading' as const, text: words.facts },
            {
              type: 'actions' as const,
              actions: facts.facts.map((f) => ({ id: line(f.command), label: f.title })),
            },
          ]),
      { type: 'divider' },
      { type: 'heading', text: words.subscriptions },
    ],
    fallback: words.title,
  };
  const detailOf = (feed: FeedStatus): { detail?: string } => {
    const trouble = feedTrouble(feed, facts.locale, facts.now);
    return trouble === null ? {} : { detail: trouble };
  };
  const feeds: Message = {
    blocks: [
      { type: 'divider' },
      { type: 'heading', text: words.feeds },
      {
        type: 'list',
        entries: shown.map((f) => ({
          text: f.name,
          url: f.url,
          label: health(f),
          ...detailOf(f),
        })),
      },
      ...(facts.feeds.length > shown.length
        ? [
            {
              type: 'text' as const,
              text: words.more(facts.feeds.length - shown.length),
              tone: 'muted' as const,
            },
          ]
        : []),
    ],
    fallback: words.feeds,
  };
  return { top, feeds };
}

/**
 * The subscriptions of the user's channels, one entry each: `#3 alert — Kidal`, then the
 * channel by its name (`<#C…>`), an alert's quiet hours, cap and held alerts
 * (`Quiet 22:00–07:00 (Africa/Bamako), at most 6 alert posts per hour, 2 held now`), and for a
 * paused one why and the command that resumes it.
 */
function subscriptionBlocks(facts: HomeFacts): SlackBlock[] {
  const words = WORDS[facts.locale];
  const context = { locale: facts.locale, config: { settings: { timezone: facts.timezone } } };
  if (facts.subscriptions.length === 0) {
    return [{ type: 'context', elements: [mrkdwn(escapeMrkdwn(words.noSubscriptions))] }];
  }
  const entries = facts.subscriptions.slice(0, SUBSCRIPTIONS_SHOWN).map((s) => {
    const label = `#${s.id} ${s.kind === 'alert' ? words.alert : words.digest}`;
    const what = s.kind === 'alert' ? s.query : `${s.cron} (${s.timezone})`;
    const where = CHANNEL_ID.test(s.channel) ? `<#${s.channel}>` : escapeMrkdwn(s.channel);
    const lines = [`• *${escapeMrkdwn(label)}* — ${escapeMrkdwn(oneLine(what))}`, where];
    // Quiet hours, cap and alerts held now, worded as `alert list` words them.
    const limits = s.kind === 'alert' ? limitNotes(s, facts.held.get(s.id) ?? 0, context) : [];
    if (limits.length > 0) lines.push(escapeMrkdwn(capitalise(limits.join(', '))));
    if (s.paused !== null) {
      const resume =
        facts.locale === 'fr'
          ? `/sahel ${s.kind === 'alert' ? 'alerte' : 'resume'} reprendre ${s.id}`
          : `/sahel ${s.kind} resume ${s.id}`;
      lines.push(
        escapeMrkdwn(words.paused(oneLine(pauseReasonIn(s.paused.reason, facts.locale)), resume)),
      );
    }
    return lines.join('\n');
  });
  return packUnits(entries, SECTION_TEXT).map((text) => ({ type: 'section', text: mrkdwn(text) }));
}

const oneLine = (text: string): string => text.replace(/\s+/g, ' ').trim();
const capitalise = (text: string): string => `${text.charAt(0).toUpperCase()}${text.slice(1)}`;

function mrkdwn(text: string): MrkdwnText {
  return { type: 'mrkdwn', text, verbatim: true };
}

/** The `views.publish` view of the Home tab. @see https://docs.slack.dev/surfaces/app-home */
export function buildHomeView(facts: HomeFacts): {
  readonly type: 'home';
  readonly blocks: SlackBlock[];
} {
  const { top, feeds } = homeMessage(facts);
  const render = (message: Message): SlackBlock[] =>
    renderSlack(message, { locale: facts.locale }).flatMap((p) => p.blocks);
  const blocks = [...render(top), ...subscriptionBlocks(facts), ...render(feeds)];
  return { type: 'home', blocks: blocks.slice(0, HOME_BLOCKS) };
}
