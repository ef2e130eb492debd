/** The card a story gets in digests and alerts: best source first, summary, tags, background. */
import type { Language } from '../core/config-types.js';
import { linkFacts, type FactConfigView } from '../core/link-facts.js';
import type { StoryCard } from '../core/message.js';
import {
  storyCorroborationLabel,
  type PieceKind,
  type Story,
  type StorySource,
} from '../core/story.js';
import { STRINGS } from './strings.js';

export type CardConfig = FactConfigView;

/**
 * Sources one per outlet, the best first: lower tier number, then the reader's language, then
 * a source with a link, then the earliest.
 */
export function orderSources(story: Story, locale: Language): StorySource[] {
  const sorted = [...story.sources].sort(
    (a, b) =>
      a.tier - b.tier ||
      Number(a.lang !== locale) - Number(b.lang !== locale) ||
      Number(a.url === null) - Number(b.url === null) ||
      a.publishedAt - b.publishedAt,
  );
  const seen = new Set<string>();
  return sorted.filter((s) => !seen.has(s.outlet) && Boolean(seen.add(s.outlet)));
}

/** Display names of event tags (topic ids) in the reader's language; unknown ids stay as they are. */
export function tagNames(tags: readonly string[], config: CardConfig, locale: Language): string[] {
  const byId = new Map(config.watchlist.entities.map((e) => [e.id, e]));
  return tags.map((id) => {
    const entity = byId.get(id);
    if (entity === undefined) return id;
    return locale === 'fr' ? (entity.nameFr ?? entity.name) : entity.name;
  });
}

/** `RFI, Le Monde +2`: the first `shown` names, then how many more. */
export function nameList(names: readonly string[], shown: number, separator: string): string {
  const head = names.slice(0, shown).join(separator);
  return names.length > shown ? `${head} +${names.length - shown}` : head;
}

/**
 * Sources one per outlet with the story's lead item first, then in order of publication:
 * alerts keep the source they were first posted with, and later ones follow.
 */
export function leadFirstSources(story: Story): StorySource[] {
  const sorted = [...story.sources].sort(
    (a, b) =>
      Number(b.itemId === story.leadItemId) - Number(a.itemId === story.leadItemId) ||
      a.publishedAt - b.publishedAt,
  );
  const seen = new Set<string>();
  return sorted.filter((s) => !seen.has(s.outlet) && Boolean(seen.add(s.outlet)));
}

export interface CardOptions {
  /** Digest "Also: …" or alert "Also reported by …". */
  readonly note?: string;
  /** `best` (digests): best source first; `lead` (alerts): the story's lead item first. */
  readonly order?: 'best' | 'lead';
}

/**
 * Builds the card of a story. A piece that is not news (analysis, opinion, an explainer, a live
 * blog, a roundup) has its kind before its title — `Analysis · What the coup tells us` — since
 * the neutral card has no field for it and every platform shows the title.
 */
export function buildStoryCard(
  story: Story,
  locale: Language,
  config: CardConfig,
  options: CardOptions = {},
): StoryCard {
  const { note } = options;
  const sources = options.order === 'lead' ? leadFirstSources(story) : orderSources(story, locale);
  const best = sources[0];
  return {
    storyId: story.id,
    title: labelledTitle(best?.title ?? story.title, story.kind ?? 'news', locale),
    url: best?.url ?? story.url,
    summary: summaryFor(story, best),
    sources: sources.map((s) => ({ name: s.outlet, url: s.url })),
    tags: tagNames(story.tags, config, locale),
    facts: linkFacts(story.entities, story.tags, config, locale),
    ...(best === undefined ? {} : { publishedAt: best.publishedAt }),
    ...(note === undefined || note === '' ? {} : { note }),
    provenance: storyCorroborationLabel(story, locale),
    locale,
  };
}

/**
 * The title with the piece's kind before it, unless the headline already opens with that label
 * in either language (`Analysis: …`, `OPINION | …`, `Décryptage : …`).
 */
export function labelledTitle(title: string, kind: PieceKind, locale: Language): string {
  if (kind === 'news') return title;
  const opening = title.trimStart().toLocaleLowerCase();
  const labels = [STRINGS.en.kindLabels[kind], STRINGS.fr.kindLabels[kind]];
  if (labels.some((label) => opening.startsWith(label.toLocaleLowerCase()))) return title;
  return `${STRINGS[locale].kindLabels[kind]} · ${title}`;
}

/** The summary in the language of the linked source when the story has one, else the lead's. */
function summaryFor(story: Story, best: StorySource | undefined): string {
  const lang = best?.lang;
  const own = lang === 'en' || lang === 'fr' ? story.summaries?.[lang] : undefined;
  return own === undefined || own === '' ? story.summary : own;
}

/** Outlets other than the card's first, in card order. */
export function otherOutlets(card: StoryCard): string[] {
  return card.sources.slice(1).map((s) => s.name);
}
