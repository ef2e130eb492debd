/**
 * A channel digest: the top stories of a window, ranked, one card per story however many
 * outlets carry it, as a platform-neutral `Message`.
 */
import type { Language } from '../core/config-types.js';
import type { Block, Message, StoryCard } from '../core/message.js';
import type { Story } from '../core/story.js';
import { formatDay, formatWindow } from './format-time.js';
import { entityWeights, rankStories } from './rank-stories.js';
import { buildStoryCard, nameList, orderSources, type CardConfig } from './story-card.js';
import { STRINGS } from './strings.js';

export interface DigestInput {
  /** Stories of the window (since the subscription's last digest). */
  readonly stories: readonly Story[];
  /** Epoch ms; `to` is also "now" for recency. */
  readonly window: { readonly from: number; readonly to: number };
  readonly timezone: string;
  readonly locale: Language;
  /** How many stories to show (settings default 10). */
  readonly size: number;
  /** What an empty window yields: a one-line notice, or nothing (null). */
  readonly empty: 'notice' | 'skip';
  readonly config: CardConfig;
}

/** Outlets named on a digest card before "+N". */
const NAMED_OUTLETS = 2;

/** Builds the digest message, or null for an empty window when the subscription says skip. */
export function buildDigest(input: DigestInput): Message | null {
  const strings = STRINGS[input.locale];
  const window = formatWindow(input.window, input.timezone, input.locale);
  const title = `${strings.digestTitle} — ${formatDay(input.window.to, input.timezone, input.locale)}`;
  if (input.stories.length === 0) {
    if (input.empty === 'skip') return null;
    const notice = strings.noStories(window);
    return {
      blocks: [
        { type: 'heading', text: title },
        { type: 'text', text: notice, tone: 'muted' },
      ],
      fallback: `${title}\n${notice}`,
    };
  }
  const ranked = rankStories(input.stories, {
    now: input.window.to,
    entityWeights: entityWeights(input.config.watchlist),
  });
  const shown = ranked.slice(0, Math.max(1, Math.floor(input.size)));
  const cards = shown.map((story) =>
    buildStoryCard(story, input.locale, input.config, noteOption(alsoNote(story, input.locale))),
  );
  const subtitle = strings.digestSubtitle(cards.length, window);
  const footer = strings.footer(
    cards.length,
    input.stories.length,
    input.stories.reduce((n, s) => n + s.sources.length, 0),
    new Set(input.stories.flatMap((s) => s.sources.map((x) => x.outlet))).size,
  );
  const blocks: Block[] = [
    { type: 'heading', text: title, subtitle },
    ...cards.map((card): Block => ({ type: 'story', card })),
    { type: 'divider' },
    { type: 'text', text: footer, tone: 'muted' },
  ];
  return { blocks, fallback: digestFallback(title, subtitle, cards) };
}

/** `Also: RFI, Le Monde +2` for a story with outlets besides its best source, else undefined. */
function alsoNote(story: Story, locale: Language): string | undefined {
  const others = orderSources(story, locale)
    .slice(1)
    .map((s) => s.outlet);
  if (others.length === 0) return undefined;
  const strings = STRINGS[locale];
  return `${strings.also} ${nameList(others, NAMED_OUTLETS, strings.listSeparator)}`;
}

function noteOption(note: string | undefined): { note?: string } {
  return note === undefined ? {} : { note };
}

function digestFallback(title: string, subtitle: string, cards: readonly StoryCard[]): string {
  const lines = cards.map((card, i) => {
    const outlets = nameList(
      card.sources.map((s) => s.name),
      NAMED_OUTLETS + 1,
      ', ',
    );
    return `${i + 1}. ${card.title} (${outlets})`;
  });
  return [title, subtitle, ...lines].join('\n');
}
