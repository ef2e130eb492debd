/**
 * Arc titles: short, human and from data — who the situation is about and what it is about,
 * from the watchlist's display names and topic labels and the situation words. This file picks
 * the parts and writes them in English; arc-title-fr.ts writes the same parts in French.
 */
import type { EntityConfig } from '../core/config-types.js';
import { HEADLINE, type ArcSignature, type ArcVocabulary } from './arc-signature.js';
import { MODIFIES, SITUATIONS } from './situation-words.js';

/** What an arc title says, before it is written in a language. */
export interface ArcTitleParts {
  /** Whom the situation is about: the alliance when all its states lead together. */
  readonly who: TitleEntity;
  /**
   * What it is about: the tag most developments carry, else the most prominent situation key,
   * after the next one when that one modifies it (the last key is the head noun: "fuel
   * blockade"), with the organisation an exit is from.
   */
  readonly topic:
    | { readonly tag: string; readonly name: string }
    | { readonly keys: readonly string[]; readonly from?: TitleEntity };
}

/** A watchlist entity as a title names it, with its id. */
export type TitleEntity = Pick<EntityConfig, 'kind' | 'name' | 'acronyms' | 'countries'> & {
  readonly id: string;
};

/**
 * The parts of an arc's title, or null when the arc has no leading actor or no topic (its title
 * is then its first development's headline, trimmed).
 */
export function arcTitleParts(
  signature: ArcSignature,
  vocabulary: ArcVocabulary,
): ArcTitleParts | null {
  const named = (id: string): number => signature.named[id] ?? 0;
  const ranked = Object.entries(signature.principals)
    .filter(([id, weight]) => weight >= HEADLINE && vocabulary.has(id))
    .sort((a, b) => named(b[0]) - named(a[0]) || b[1] - a[1])
    .map(([id]) => id);
  const who = leadEntity(ranked, vocabulary);
  const topic = topicOf(signature, ranked, vocabulary);
  return who !== null && topic !== null ? { who, topic } : null;
}

/**
 * A short English title from the arc's data: who it leads with and what it is about,
 * e.g. "Niger coup", "Mali fuel blockade", "AES exit from ECOWAS". Without a topic, the first
 * development's title, trimmed.
 */
export function arcTitle(signature: ArcSignature, vocabulary: ArcVocabulary): string {
  const parts = arcTitleParts(signature, vocabulary);
  if (parts === null) return trimTitle(signature.lead);
  const { who, topic } = parts;
  if ('tag' in topic) return `${displayName(who)} ${topic.name.toLowerCase()}`;
  const words = topic.keys.map((key) => SITUATIONS.find((s) => s.key === key)?.label ?? key);
  if (words[0] === 'exit' && topic.from !== undefined) {
    return `${displayName(who)} exit from ${displayName(topic.from)}`;
  }
  return `${displayName(who)} ${words.join(' ')}`;
}

function leadEntity(ranked: readonly string[], vocabulary: ArcVocabulary): TitleEntity | null {
  const leading = new Set(ranked);
  for (const [id, entity] of vocabulary) {
    if (entity.kind !== 'alliance' || entity.countries.length < 2) continue;
    if (entity.countries.every((c) => leading.has(c))) return { ...entity, id };
  }
  const first = ranked.find((id) => vocabulary.get(id)?.kind !== 'organisation') ?? ranked[0];
  const entity = first === undefined ? undefined : vocabulary.get(first);
  return entity === undefined || first === undefined ? null : { ...entity, id: first };
}

function topicOf(
  signature: ArcSignature,
  ranked: readonly string[],
  vocabulary: ArcVocabulary,
): ArcTitleParts['topic'] | null {
  // A tag names the arc only when most of its developments carry it.
  const [tag, count] = Object.entries(signature.tags).sort((a, b) => b[1] - a[1])[0] ?? ['', 0];
  const tagName = 2 * count > signature.developments ? vocabulary.get(tag)?.name : undefined;
  if (tagName !== undefined) return { tag, name: tagName };
  // The most prominent situation word, with the next one when it modifies it ("fuel blockade").
  // A word counts when its weight (2 a headline, 1 a lead) is half the developments, so that
  // two headlines about the blockade that followed do not title an arc of twelve about a
  // massacre.
  const weight = (key: string): number => signature.keys[key] ?? 0;
  const [top, next] = SITUATIONS.filter(
    (s) => weight(s.key) >= Math.max(HEADLINE, signature.developments / 2),
  ).sort((a, b) => weight(b.key) - weight(a.key));
  if (top === undefined) return null;
  const pair = next === undefined ? undefined : compound(top.key, next.key);
  const keys = pair ?? [top.key];
  // The body an exit is from is named by the headlines of half its developments: an arc of an
  // exit from the ICC that names ECOWAS in passing is not an exit from ECOWAS.
  const bodyId = ranked.find(
    (id) =>
      vocabulary.get(id)?.kind === 'organisation' &&
      2 * (signature.named[id] ?? 0) >= signature.developments,
  );
  const body = bodyId === undefined ? undefined : vocabulary.get(bodyId);
  return keys[0] === 'exit' && body !== undefined && bodyId !== undefined
    ? { keys, from: { ...body, id: bodyId } }
    : { keys };
}

/** Two situation words as a title writes them, modifier first, when one modifies the other. */
function compound(a: string, b: string): [string, string] | undefined {
  if (MODIFIES[a]?.includes(b) === true) return [a, b];
  if (MODIFIES[b]?.includes(a) === true) return [b, a];
  return undefined;
}

/** The name an arc title uses: the acronym of a long name (FAMa, not Malian Armed Forces). */
function displayName(entity: Pick<EntityConfig, 'name' | 'acronyms'>): string {
  const acronym = entity.acronyms[0];
  return entity.name.length > 20 && acronym !== undefined ? acronym : entity.name;
}

/** A headline short enough for a title: at most 60 characters, cut at a word. */
export function trimTitle(title: string): string {
  if (title.length <= 60) return title;
  const cut = title.slice(0, 59);
  const space = cut.lastIndexOf(' ');
  return `${space > 30 ? cut.slice(0, space) : cut}…`;
}
