/**
 * A channel digest: the top stories of a window, ranked, one card per story however many
 * outlets carry it, as a platform-neutral `Message`. The developments of one situation (an arc)
 * share one slot under the arc's title, in the order they happened.
 */
import type { Language } from '../core/config-types.js';
import type { Block, Message, StoryCard } from '../core/message.js';
import type { Arc, Story } from '../core/story.js';
import { arcTitleIn } from './arc-mark.js';
import { formatDay, formatWindow } from './format-time.js';
import { entityWeights, rankGroups, type RankedGroup } from './rank-stories.js';
import { buildStoryCard, nameList, orderSources, type CardConfig } from './story-card.js';
import { STRINGS } from './strings.js';

export interface DigestInput {
  /** Stories of the window (since the subscription's last digest). */
  readonly stories: readonly Story[];
  /** The arcs of those stories, to group their developments; absent: every story stands alone. */
  readonly arcs?: readonly Arc[];
  /** Epoch ms; `to` is also "now" for recency. */
  readonly window: { readonly from: number; readonly to: number };
  readonly timezone: string;
  readonly locale: Language;
  /** How many slots to show (settings default 10): a story, or an arc with its developments. */
  readonly size: number;
  /** What an empty window yields: a one-line notice, or nothing (null). */
  readonly empty: 'notice' | 'skip';
  readonly config: CardConfig;
}

/** Outlets named on a digest card before "+N". */
const NAMED_OUTLETS = 2;

/** A slot as shown: its cards, under the arc's heading when it holds several developments. */
interface Slot {
  readonly heading: string | null;
  readonly cards: readonly StoryCard[];
}

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
  const groups = rankGroups(input.stories, input.arcs ?? [], {
    now: input.window.to,
    entityWeights: entityWeights(input.config.watchlist),
  });
  const slots = groups.slice(0, Math.max(1, Math.floor(input.size))).map((g) => toSlot(g, input));
  const shown = slots.reduce((n, slot) => n + slot.cards.length, 0);
  const subtitle = strings.digestSubtitle(shown, window);
  const footer = strings.footer(
    shown,
    input.stories.length,
    input.stories.reduce((n, s) => n + s.sources.length, 0),
    new Set(input.stories.flatMap((s) => s.sources.map((x) => x.outlet))).size,
  );
  const blocks: Block[] = [
    { type: 'heading', text: title, subtitle },
    ...slots.flatMap(slotBlocks),
    { type: 'divider' },
    { type: 'text', text: footer, tone: 'muted' },
  ];
  return { blocks, fallback: digestFallback(title, subtitle, slots) };
}

/** Cards of a slot; an arc with one development in the window reads as a lone story. */
function toSlot(group: RankedGroup, input: DigestInput): Slot {
  const cards = group.stories.map((story) =>
    buildStoryCard(story, input.locale, input.config, noteOption(alsoNote(story, input.locale))),
  );
  const heading =
    group.arc === null || cards.length < 2
      ? null
      : STRINGS[input.locale].arcGroup(arcTitleIn(group.arc, input.locale), cards.length);
  return { heading, cards };
}

/**
 * A lone story is one card; an arc is its heading, its developments and a divider, so the
 * stories after it do not read as part of it.
 */
function slotBlocks(slot: Slot, index: number, slots: readonly Slot[]): Block[] {
  const cards = slot.cards.map((card): Block => ({ type: 'story', card }));
  if (slot.heading === null) return cards;
  const last = index === slots.length - 1;
  return [
    { type: 'heading', text: slot.heading },
    ...cards,
    ...(last ? [] : [{ type: 'divider' } as const]),
  ];
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

/** One numbered line per slot; an arc's developments indented under its heading. */
function digestFallback(title: string, subtitle: string, slots: readonly Slot[]): string {
  const line = (card: StoryCard): string => {
    const outlets = nameList(
      card.sources.map((s) => s.name),
      NAMED_OUTLETS + 1,
      ', ',
    );
    const provenance = card.provenance === undefined ? '' : ` · ${card.provenance}`;
    return `${card.title} (${outlets})${provenance}`;
  };
  const lines = slots.flatMap((slot, i) => {
    const [only] = slot.cards;
    if (slot.heading === null && only !== undefined) return [`${i + 1}. ${line(only)}`];
    return [`${i + 1}. ${slot.heading ?? ''}`, ...slot.cards.map((card) => `   - ${line(card)}`)];
  });
  return [title, subtitle, ...lines].join('\n');
}
