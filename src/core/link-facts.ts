/**
 * Background facts for a story: the fact cards of its entities and event tags, most specific
 * first, so a reader who sees "JNIM claims attack near Kidal" can open who JNIM is and what
 * Kidal is in one click. Pure; shared by src/stories and src/digest.
 */
import {
  DEFAULT_COUNTRY_COMMANDS,
  type Config,
  type EntityConfig,
  type FactConfig,
  type Language,
  type SettingsConfig,
} from './config-types.js';
import type { FactRef } from './message.js';

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
  config: FactConfigView,
  locale: Language,
): FactRef[] {
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
  const links: FactRef[] = [];
  const seen = new Set<string>();
  for (const { fact } of candidates) {
    if (seen.has(fact.id)) continue;
    seen.add(fact.id);
    links.push(toFactRef(fact, config, locale));
    if (links.length === MAX_FACTS) break;
  }
  return links;
}

/** What fact references need of the configuration. */
export type FactConfigView = Pick<Config, 'facts' | 'watchlist'> & {
  readonly settings?: Pick<SettingsConfig, 'countries'>;
};

/** A fact card as a reference: id, localised title, one-line gist and the command that opens it. */
export function toFactRef(fact: FactConfig, config: FactConfigView, locale: Language): FactRef {
  return {
    id: fact.id,
    title: locale === 'fr' ? (fact.titleFr ?? fact.title) : fact.title,
    gist: gistOf(locale === 'fr' ? (fact.textFr ?? fact.text) : fact.text),
    command: `/${factCountryCommand(fact, config)} fact ${fact.id}`,
  };
}

/** Longest gist, in characters; a longer first sentence is cut at a word and ends with "…". */
export const GIST_MAX = 160;

/** The first sentence of a card's text, at most `GIST_MAX` characters, never cut mid-word. */
export function gistOf(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  // A sentence ends at . ! or ? followed by a space and a capital (so "U.S. forces" and
  // "No. 3" stay whole more often than not).
  const end = /[.!?](?=\s+[A-Z\u00C0-\u00DD«"“(])/u.exec(flat);
  const sentence = end === null ? flat : flat.slice(0, end.index + 1);
  if (sentence.length <= GIST_MAX) return sentence;
  const cut = sentence.slice(0, GIST_MAX - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > GIST_MAX / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.–—-]+$/u, '')}…`;
}

/**
 * The country command a fact card lives under (`mali` for the Kidal card): the first configured
 * country that the card's entities are, or belong to; else the first configured country.
 */
export function factCountryCommand(fact: FactConfig, config: FactConfigView): string {
  const countries = config.settings?.countries ?? DEFAULT_COUNTRY_COMMANDS;
  const byId = new Map(config.watchlist.entities.map((e) => [e.id, e]));
  for (const id of [fact.id, ...fact.entities]) {
    const entity = byId.get(id);
    const candidates = entity === undefined ? [] : [entity.id, ...entity.countries];
    const found = countries.find((c) => candidates.includes(c.entity));
    if (found !== undefined) return found.command;
  }
  return countries[0]?.command ?? 'sahel';
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
