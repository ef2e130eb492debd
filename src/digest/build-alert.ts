/**
 * Keyword alerts: one message per new story matching an alert subscription's query, and the
 * edited version posted when later outlets report the same story.
 */
import type { Language } from '../core/config-types.js';
import type { Message } from '../core/message.js';
import type { Story } from '../core/story.js';
import { buildStoryCard, nameList, otherOutlets, type CardConfig } from './story-card.js';
import { STRINGS } from './strings.js';

export interface AlertInput {
  readonly story: Story;
  /** The subscription's query as the user wrote it. */
  readonly query: string;
  readonly locale: Language;
  readonly config: CardConfig;
}

/** Outlets named in "Also reported by" before "+N". */
const NAMED_OUTLETS = 5;

/**
 * The alert for a story, led by the story's lead item (the report that triggered it). When several outlets already carry it, the card's note says
 * "Also reported by …", exactly as an update would.
 */
export function buildAlert(input: AlertInput): Message {
  return alertMessage(input, false);
}

/**
 * The edited alert for a story that later sources joined: the same card with all sources and
 * "Also reported by …". Platforms that can edit replace the original message with it.
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
  const subtitle = strings.alertSubtitle(input.query);
  const lead = `${strings.alertTitle} · ${subtitle}`;
  const headline = card.url === null ? card.title : `${card.title} ${card.url}`;
  const fallback =
    update && note !== undefined
      ? `${strings.update} — ${note}: ${headline}`
      : `${lead}\n${headline}`;
  return {
    blocks: [
      { type: 'heading', text: strings.alertTitle, subtitle },
      { type: 'story', card },
    ],
    fallback,
  };
}
