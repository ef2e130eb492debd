/**
 * Keyword alerts: one message per new story matching an alert subscription's query, and the
 * edited version posted when later outlets report the same story. A story that continues a
 * developing situation (an arc) says so: "Developing — Niger coup · 3rd development since 26 Jul",
 * with a link to the development before it.
 */
import type { Language } from '../core/config-types.js';
import type { ArcMark, Block, Message, StoryCard } from '../core/message.js';
import type { Story } from '../core/story.js';
import { formatShortDay } from './format-time.js';
import { buildStoryCard, nameList, otherOutlets, type CardConfig } from './story-card.js';
import { STRINGS, type DigestStrings } from './strings.js';

export interface AlertInput {
  readonly story: Story;
  /** The subscription's query as the user wrote it. */
  readonly query: string;
  readonly locale: Language;
  readonly config: CardConfig;
  /** The story's place in its arc; absent or null when it belongs to none. */
  readonly arc?: ArcMark | null;
  /** Where the arc's start date is read (`26 Jul`); UTC when absent. */
  readonly timezone?: string;
}

/** Outlets named in "Also reported by" before "+N". */
const NAMED_OUTLETS = 5;

/**
 * The alert for a story, led by the story's lead item (the report that triggered it). When
 * several outlets already carry it, the card's note says "Also reported by …", exactly as an
 * update would. The message carries the arc mark so platforms can thread it; the first
 * development of an arc reads as a plain alert, later ones as "Developing — …".
 */
export function buildAlert(input: AlertInput): Message {
  return alertMessage(input, false);
}

/**
 * The edited alert for a story that later sources joined: the same card with all sources and
 * "Also reported by …", and the same arc mark. Platforms that can edit replace the original
 * message with it.
 */
export function buildAlertUpdate(input: AlertInput): Message {
  return alertMessage(input, true);
}

function alertMessage(input: AlertInput, update: boolean): Message {
  const strings = STRINGS[input.locale];
  const bare = buildStoryCard(input.story, input.locale, input.config, { order: 'lead' });
  const others = otherOutlets(bare);
  const note =
    others.length === 0
      ? undefined
      : `${strings.alsoReportedBy} ${nameList(others, NAMED_OUTLETS, strings.listSeparator)}`;
  const card = note === undefined ? bare : { ...bare, note };
  const arc = input.arc ?? null;
  const heading = alertHeading(input, strings, arc);
  const previous = arc !== null && arc.position > 1 ? arc.previous : null;
  const blocks: Block[] = [
    { type: 'heading', ...heading },
    { type: 'story', card },
    ...(previous === null ? [] : [previousBlock(previous, strings)]),
  ];
  const fallback =
    update && note !== undefined
      ? `${strings.update} — ${[card.provenance, note].filter(Boolean).join(' · ')}${strings.colon}${headlineOf(card)}`
      : alertFallback(heading, card, previous, strings);
  return { blocks, fallback, ...(arc === null ? {} : { arc }) };
}

/**
 * `Sahel alert` / `Matches: …`; for a later development of an arc
 * `Developing — Niger coup` / `3rd development since 26 Jul · Matches: …`.
 */
function alertHeading(
  input: AlertInput,
  strings: DigestStrings,
  arc: ArcMark | null,
): { readonly text: string; readonly subtitle: string } {
  const matches = strings.alertSubtitle(input.query);
  if (arc === null || arc.position < 2) return { text: strings.alertTitle, subtitle: matches };
  const since = formatShortDay(arc.since, input.timezone ?? 'UTC', input.locale);
  return {
    text: strings.developing(arc.title),
    subtitle: `${strings.development(arc.position, since)} · ${matches}`,
  };
}

function previousBlock(previous: NonNullable<ArcMark['previous']>, strings: DigestStrings): Block {
  return {
    type: 'list',
    entries: [
      {
        label: strings.previousDevelopment,
        text: previous.title,
        ...(previous.url === null ? {} : { url: previous.url }),
      },
    ],
  };
}

function alertFallback(
  heading: { readonly text: string; readonly subtitle: string },
  card: StoryCard,
  previous: ArcMark['previous'],
  strings: DigestStrings,
): string {
  const lines = [`${heading.text} · ${heading.subtitle}`, headlineOf(card)];
  if (card.provenance !== undefined) lines.push(card.provenance);
  if (previous !== null) {
    const link = previous.url === null ? previous.title : `${previous.title} ${previous.url}`;
    lines.push(`${strings.previousDevelopment} — ${link}`);
  }
  return lines.join('\n');
}

function headlineOf(card: StoryCard): string {
  return card.url === null ? card.title : `${card.title} ${card.url}`;
}
