/**
 * Arc titles: short, human and from data — who the situation is about and what it is about,
 * in English, from the watchlist's display names and topic labels and the situation words.
 */
import type { EntityConfig } from '../core/config-types.js';
import { HEADLINE, type ArcSignature, type ArcVocabulary } from './arc-signature.js';
import { SITUATIONS } from './situation-words.js';

/**
 * A short English title from the arc's data: who it leads with (the alliance when all its
 * states lead together) and what it is about (the tag most developments carry, else its most
 * prominent situation words),
 * e.g. "Niger coup", "Mali fuel blockade", "AES exit from ECOWAS". Without a topic, the first
 * development's title, trimmed.
 */
export function arcTitle(signature: ArcSignature, vocabulary: ArcVocabulary): string {
  const named = (id: string): number => signature.named[id] ?? 0;
  const ranked = Object.entries(signature.principals)
    .filter(([id, weight]) => weight >= HEADLINE && vocabulary.has(id))
    .sort((a, b) => named(b[0]) - named(a[0]) || b[1] - a[1])
    .map(([id]) => id);
  const who = leadName(ranked, vocabulary);
  const topic = topicLabel(signature, ranked, vocabulary);
  return who !== null && topic !== null ? `${who} ${topic}` : trimTitle(signature.lead);
}

function leadName(ranked: readonly string[], vocabulary: ArcVocabulary): string | null {
  const leading = new Set(ranked);
  for (const [, entity] of vocabulary) {
    if (entity.kind !== 'alliance' || entity.countries.length < 2) continue;
    if (entity.countries.every((c) => leading.has(c))) return displayName(entity);
  }
  const first = ranked.find((id) => vocabulary.get(id)?.kind !== 'organisation') ?? ranked[0];
  const entity = first === undefined ? undefined : vocabulary.get(first);
  return entity === undefined ? null : displayName(entity);
}

function topicLabel(
  signature: ArcSignature,
  ranked: readonly string[],
  vocabulary: ArcVocabulary,
): string | null {
  // A tag names the arc only when most of its developments carry it.
  const [tag, count] = Object.entries(signature.tags).sort((a, b) => b[1] - a[1])[0] ?? ['', 0];
  const tagName = 2 * count > signature.developments ? vocabulary.get(tag)?.name : undefined;
  if (tagName !== undefined) return tagName.toLowerCase();
  // The two most prominent situation words, in the table's order ("fuel blockade").
  const weight = (key: string): number => signature.keys[key] ?? 0;
  const prominent = SITUATIONS.filter((s) => weight(s.key) >= HEADLINE)
    .sort((a, b) => weight(b.key) - weight(a.key))
    .slice(0, 2);
  if (prominent.length === 0) return null;
  const words = SITUATIONS.filter((s) => prominent.includes(s)).map((s) => s.label);
  const body = vocabulary.get(
    ranked.find((id) => vocabulary.get(id)?.kind === 'organisation') ?? '',
  );
  if (words[0] === 'exit' && body !== undefined) return `exit from ${displayName(body)}`;
  return words.join(' ');
}

/** The name an arc title uses: the acronym of a long name (FAMa, not Malian Armed Forces). */
function displayName(entity: Pick<EntityConfig, 'name' | 'acronyms'>): string {
  const acronym = entity.acronyms[0];
  return entity.name.length > 20 && acronym !== undefined ? acronym : entity.name;
}

function trimTitle(title: string): string {
  if (title.length <= 60) return title;
  const cut = title.slice(0, 59);
  const space = cut.lastIndexOf(' ');
  return `${space > 30 ? cut.slice(0, space) : cut}…`;
}
