/**
 * Background facts for a story: the fact cards of its entities and event tags, most specific
 * first, so a reader who sees "JNIM claims attack near Kidal" can open who JNIM is and what
 * Kidal is in one click. Pure; shared by src/stories and src/digest.
 */
import type { Config, EntityConfig, FactConfig, Language } from './config-types.js';
import type { LinkRef } from './message.js';

/** At most this many background links per story. */
export const MAX_FACTS = 3;

/** Lower is more specific: a person or armed group tells more than the country it acts in. */
const KIND_RANK: Readonly<Record<EntityConfig['kind'], number>> = {
  person: 0,
  'armed-group': 1,
  place: 2,
  organisation: 3,
  topic: 4,
  alliance: 5,
  state: 6,
};

interface Candidate {
  readonly fact: FactConfig;
  readonly rank: number;
  readonly episode: boolean;
  readonly order: number;
}

/**
 * Up to three links, most specific first: each entity's own card (people, armed groups and
 * places before organisations, alliances and states), with episode cards (an entity's or a
 * tag's further cards) only when the episode involves at least two of the story's entities
 * and tags other than states. A link is the card's title (French when `locale` is fr and the card has one) and
 * its first source; cards without a source are skipped.
 */
export function linkFacts(
  entities: readonly string[],
  tags: readonly string[],
  config: Pick<Config, 'facts' | 'watchlist'>,
  locale: Language,
): LinkRef[] {
  const byId = new Map(config.watchlist.entities.map((e) => [e.id, e]));
  const factsById = new Map(config.facts.map((f) => [f.id, f]));
  const storyIds = new Set([...entities, ...tags]);
  const candidates: Candidate[] = [];
  [...entities, ...tags].forEach((id, order) => {
    const entity = byId.get(id);
    if (entity === undefined) return;
    const rank =
      tags.includes(id) && !entities.includes(id) ? KIND_RANK.topic : KIND_RANK[entity.kind];
    entity.facts.forEach((factId, index) => {
      const fact = factsById.get(factId);
      if (fact === undefined) return;
      const episode = entity.kind === 'topic' || index > 0;
      if (episode && coverage(fact, id, storyIds, byId) < 2) return;
      candidates.push({ fact, rank, episode, order });
    });
  });
  candidates.sort(
    (a, b) => a.rank - b.rank || Number(a.episode) - Number(b.episode) || a.order - b.order,
  );
  const links: LinkRef[] = [];
  const seen = new Set<string>();
  for (const { fact } of candidates) {
    const source = fact.sources[0];
    if (seen.has(fact.id) || source === undefined) continue;
    seen.add(fact.id);
    links.push({
      title: locale === 'fr' ? (fact.titleFr ?? fact.title) : fact.title,
      url: source.url,
    });
    if (links.length === MAX_FACTS) break;
  }
  return links;
}

/**
 * How many of the story's entities and tags an episode card involves, its owner included;
 * states are left out, since nearly every story and episode names one.
 */
function coverage(
  fact: FactConfig,
  owner: string,
  storyIds: ReadonlySet<string>,
  byId: ReadonlyMap<string, EntityConfig>,
): number {
  const counted = [owner, ...fact.entities].filter(
    (id) => storyIds.has(id) && byId.get(id)?.kind !== 'state',
  );
  return new Set(counted).size;
}
