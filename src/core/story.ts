import type { Language } from './config-types.js';

/** One outlet's report of a story. */
export interface StorySource {
  readonly itemId: string;
  readonly feedId: string;
  /** Outlet display name (the feed's name). */
  readonly outlet: string;
  readonly url: string | null;
  readonly title: string;
  readonly lang: Language | 'und';
  readonly tier: 1 | 2 | 3;
  readonly publishedAt: number;
}

/**
 * What a piece is: a report of a happening, or writing about one. Only `news` alerts by default;
 * the others go to digests unless a subscription asks for them (`kind:analysis`).
 */
export type PieceKind = 'news' | 'analysis' | 'opinion' | 'explainer' | 'live' | 'roundup';

export const PIECE_KINDS: readonly PieceKind[] = [
  'news',
  'analysis',
  'opinion',
  'explainer',
  'live',
  'roundup',
];

/**
 * A developing situation: stories (developments) that continue one another — same principal
 * actors, place and topic within days. Stored beside the stories; retention keeps it whole.
 */
export interface Arc {
  readonly id: string;
  /** Short title, e.g. "Niger coup". */
  readonly title: string;
  /**
   * The same title in French, e.g. "Coup d'État au Niger"; absent for an arc stored before
   * French titles were kept and not yet read with a French titler (French readers see `title`).
   */
  readonly titleFr?: string;
  readonly firstSeenAt: number;
  readonly lastSeenAt: number;
  /** Its developments (story ids), in the order they began. */
  readonly storyIds: readonly string[];
}

/** One development: the same happening told by one or more outlets. */
export interface Story {
  readonly id: string;
  readonly firstSeenAt: number;
  readonly lastSeenAt: number;
  /** The item whose title and link represent the story. */
  readonly leadItemId: string;
  readonly title: string;
  readonly url: string | null;
  readonly summary: string;
  /**
   * Optional: a summary per language when the story has sources in several (e.g. the first
   * English and the first French report's). Cards show the one in the language of the source
   * they link, falling back to `summary`.
   */
  readonly summaries?: Readonly<Partial<Record<Language, string>>>;
  readonly lang: Language | 'und';
  /** Event tags (topic entity ids): attack, coup, … */
  readonly tags: readonly string[];
  /** Matched entity ids, strongest first. */
  readonly entities: readonly string[];
  readonly countries: readonly string[];
  readonly sources: readonly StorySource[];
  /** The arc (developing situation) this development belongs to; absent or null: none yet. */
  readonly arcId?: string | null;
  /** `news` when any source reports the happening; otherwise the lead's kind. Absent: news. */
  readonly kind?: PieceKind;
}

/**
 * How many independent outlets tell a story. An outlet counts once however many of its feeds
 * carry the story (`RFI English — Africa` and `RFI — Afrique` are RFI: {@link outletHouse});
 * outlets whose reports share a headline of five words or more (after case, accents and
 * punctuation are folded) or a link carry one wire story reprinted, and count once together.
 */
export function independentOutlets(sources: readonly StorySource[]): number {
  const group = new Map<string, string>();
  const root = (outlet: string): string => {
    let current = outlet;
    for (let next = group.get(current); next !== undefined && next !== current;) {
      current = next;
      next = group.get(current);
    }
    return current;
  };
  const firstOutletOf = new Map<string, string>();
  for (const source of sources) {
    const house = outletHouse(source.outlet);
    if (!group.has(house)) group.set(house, house);
    for (const key of copyKeys(source)) {
      const earlier = firstOutletOf.get(key);
      if (earlier === undefined) firstOutletOf.set(key, house);
      else group.set(root(house), root(earlier));
    }
  }
  return new Set([...group.keys()].map(root)).size;
}

/**
 * The outlet behind a feed's name: the part before ` — ` (the feed's section), without an
 * edition's language (`English`, `in English`, `(français)`), folded: `RFI English — Africa`
 * and `RFI — Afrique` → `rfi`, `Le Monde in English — Front page` → `le monde`.
 */
export function outletHouse(outlet: string): string {
  const name = outlet.split(' — ')[0] ?? outlet;
  const house = fold(name)
    .replace(/\s+(?:in\s+)?(?:english|francais)$/u, '')
    .trim();
  return house === '' ? outlet : house;
}

function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Headlines shorter than this many words never mark a reprint. */
const MIN_COPY_WORDS = 5;

/** What two reprints of one report share: the folded headline, and the link when there is one. */
function copyKeys(source: StorySource): string[] {
  const title = fold(source.title);
  // A headline of a few words ("Mali", "Attaque à Kidal") may coincide by chance; a longer one
  // repeated word for word is a reprint.
  const longEnough = title.split(' ').length >= MIN_COPY_WORDS;
  return [
    ...(longEnough ? [`title:${title}`] : []),
    ...(source.url === null ? [] : [`url:${source.url}`]),
  ];
}

/** When a story's first report was published; when it was first seen for a story without sources. */
export function firstPublication(story: Pick<Story, 'sources' | 'firstSeenAt'>): number {
  return story.sources.length === 0
    ? story.firstSeenAt
    : Math.min(...story.sources.map((s) => s.publishedAt));
}

/**
 * When a story's latest report was published; when it was last seen for a story without
 * sources. Lists date stories so: the bot may first read a report days after it came out.
 */
export function lastPublication(story: Pick<Story, 'sources' | 'lastSeenAt'>): number {
  return story.sources.length === 0
    ? story.lastSeenAt
    : Math.max(...story.sources.map((s) => s.publishedAt));
}

/** Corroborated = told by at least two independent outlets ({@link independentOutlets}). */
export function isCorroborated(story: Pick<Story, 'sources'>): boolean {
  return independentOutlets(story.sources) >= 2;
}

/**
 * The provenance label of a story, plain text: `Single source` or `Corroborated · 3 outlets`
 * (`Source unique`, `Confirmé par 3 médias`). `independent` is {@link independentOutlets};
 * `outlets` how many outlets carry it, so reprints of one report say so:
 * `Single source · reprinted by 3 outlets`.
 */
export function corroborationLabel(independent: number, outlets: number, locale: Language): string {
  const words = CORROBORATION_WORDS[locale];
  if (independent >= 2) return words.corroborated(independent);
  return outlets >= 2 ? `${words.single} · ${words.reprinted(outlets)}` : words.single;
}

/** {@link corroborationLabel} of a story. */
export function storyCorroborationLabel(story: Pick<Story, 'sources'>, locale: Language): string {
  const outlets = new Set(story.sources.map((s) => outletHouse(s.outlet))).size;
  return corroborationLabel(independentOutlets(story.sources), outlets, locale);
}

const CORROBORATION_WORDS = {
  en: {
    single: 'Single source',
    corroborated: (n: number) => `Corroborated · ${n} outlets`,
    reprinted: (n: number) => `reprinted by ${n} outlets`,
  },
  fr: {
    single: 'Source unique',
    corroborated: (n: number) => `Confirmé par ${n} médias`,
    reprinted: (n: number) => `reprise par ${n} médias`,
  },
} as const;
