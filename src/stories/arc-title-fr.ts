/**
 * French arc titles: the parts arc-title.ts picks (who, and the tag or situation words), written
 * as French puts them — the topic first, then whom or where: "Coup d'État au Niger",
 * "Blocus du carburant au Mali", "Attaque de Kidal", "Retrait de l'AES de la CEDEAO".
 */
import type { EntityConfig, WatchlistConfig } from '../core/config-types.js';
import { arcVocabulary, readArcSignature, type ArcSignature } from './arc-signature.js';
import { arcTitle, arcTitleParts, trimTitle, type TitleEntity } from './arc-title.js';

/** The watchlist as French titles read it: the French name when there is one. */
export type FrenchVocabulary = ReadonlyMap<
  string,
  Pick<EntityConfig, 'kind' | 'name' | 'acronyms' | 'countries'> & { readonly nameFr?: string }
>;

/**
 * French nouns of the situation words (src/stories/situation-words.ts keys): `of` is the noun
 * as a complement ("du carburant"), `bare` marks a head noun whose complement takes no article
 * ("Pénurie de carburant").
 */
const SITUATIONS_FR: Readonly<Record<string, { noun: string; of: string; bare?: true }>> = {
  fuel: { noun: 'carburant', of: 'du carburant' },
  blockade: { noun: 'blocus', of: 'du blocus' },
  shortage: { noun: 'pénurie', of: 'de la pénurie', bare: true },
  exit: { noun: 'retrait', of: 'du retrait' },
  battle: { noun: 'bataille', of: 'de la bataille' },
  parties: { noun: 'partis politiques', of: 'des partis politiques' },
  opposition: { noun: 'opposition', of: "de l'opposition" },
  term: { noun: 'mandat', of: 'du mandat' },
  dissolution: { noun: 'dissolution', of: 'de la dissolution' },
  rupture: { noun: 'rupture', of: 'de la rupture' },
  flood: { noun: 'inondations', of: 'des inondations' },
  curfew: { noun: 'couvre-feu', of: 'du couvre-feu' },
  gunfire: { noun: 'tirs', of: 'des tirs' },
  strike: { noun: 'grève', of: 'de la grève' },
  trial: { noun: 'procès', of: 'du procès' },
  schools: { noun: 'écoles', of: 'des écoles' },
  mining: { noun: 'mines', of: 'des mines' },
  recruitment: { noun: 'recrutement', of: 'du recrutement' },
  hate: { noun: 'discours de haine', of: 'des discours de haine' },
  airspace: { noun: 'espace aérien', of: "de l'espace aérien" },
  cooperation: { noun: 'coopération militaire', of: 'de la coopération militaire' },
  envoys: { noun: 'ambassadeurs', of: 'des ambassadeurs' },
  court: { noun: 'plainte en justice', of: 'de la plainte en justice' },
  assembly: { noun: "Assemblée générale de l'ONU", of: "de l'Assemblée générale de l'ONU" },
};

/** Topics a town is the object of ("Attaque de Kidal"), not merely the scene ("à Kidal"). */
const OF_A_PLACE = new Set(['attack', 'blockade']);
/** Topics a state acts in ("Retrait du Mali"), not merely the scene ("au Mali"). */
const OF_A_STATE = new Set(['exit', 'rupture', 'diplomacy', 'sanctions']);

/**
 * Names that take an article in French, as the title writes them after "de" (display name →
 * name with its article); other names (people, towns, groups known by a bare name) take none.
 */
const WITH_ARTICLE: Readonly<Record<string, string>> = {
  AES: "l'AES",
  CEDEAO: 'la CEDEAO',
  ECOWAS: 'la CEDEAO',
  MINUSMA: 'la MINUSMA',
  FAMa: 'les FAMa',
  'Groupe Wagner': 'le groupe Wagner',
  'Africa Corps': "l'Africa Corps",
  JNIM: 'le JNIM',
  'JNIM (GSIM)': 'le JNIM',
  ISSP: "l'État islamique au Sahel",
  MNLA: 'le MNLA',
  CMA: 'la CMA',
  FLA: 'le FLA',
  'Opérations Serval et Barkhane': 'les opérations Serval et Barkhane',
};

/** Countries whose name ends in -e but which are masculine ("au Mozambique"). */
const MASCULINE_IN_E = new Set(['Mexique', 'Mozambique', 'Cambodge', 'Zimbabwe', 'Belize']);

/**
 * The French title of an arc from the same data as its English one ({@link arcTitleParts});
 * without a topic, the first development's headline, trimmed.
 */
export function arcTitleFr(signature: ArcSignature, vocabulary: FrenchVocabulary): string {
  const parts = arcTitleParts(signature, vocabulary);
  if (parts === null) return trimTitle(signature.lead);
  const { who, topic } = parts;
  const french = (entity: TitleEntity): FrenchName => frenchName(entity, vocabulary);
  if ('tag' in topic) {
    const name = vocabulary.get(topic.tag)?.nameFr ?? topic.name;
    return capitalise(`${name} ${whereOrWhose(french(who), topic.tag)}`);
  }
  // An exit names what it is from, as the English title does, and nothing else.
  const [first = '', second] = topic.from === undefined ? topic.keys : topic.keys.slice(0, 1);
  const head = second ?? first;
  const noun = SITUATIONS_FR[head]?.noun ?? head;
  const modifier = second === undefined ? '' : ` ${complement(first, SITUATIONS_FR[head]?.bare)}`;
  const from = topic.from === undefined ? '' : ` ${of(french(topic.from))}`;
  return capitalise(`${noun}${modifier} ${whereOrWhose(french(who), head)}${from}`);
}

interface FrenchName {
  readonly kind: EntityConfig['kind'];
  /** As written alone: "Mali", "AES", "Assimi Goïta". */
  readonly name: string;
}

function frenchName(entity: TitleEntity, vocabulary: FrenchVocabulary): FrenchName {
  const name = vocabulary.get(entity.id)?.nameFr ?? entity.name;
  const acronym = entity.acronyms[0];
  return { kind: entity.kind, name: name.length > 20 && acronym !== undefined ? acronym : name };
}

/** "au Mali", "à Bamako" for the scene of the topic; "du JNIM", "de Kidal" for its actor or object. */
function whereOrWhose(who: FrenchName, topic: string): string {
  if (who.kind === 'state') return OF_A_STATE.has(topic) ? of(who) : inCountry(who.name);
  if (who.kind === 'place') return OF_A_PLACE.has(topic) ? of(who) : inPlace(who.name);
  return of(who);
}

/** "de" before a name, with elision and the article's contraction: du Mali, de l'AES, d'Agadez. */
function of(who: FrenchName): string {
  const articled = who.kind === 'state' ? countryArticle(who.name) : withArticle(who.name);
  if (articled.startsWith('le ')) return `du ${articled.slice(3)}`;
  if (articled.startsWith('les ')) return `des ${articled.slice(4)}`;
  return startsWithVowel(articled) ? `d'${articled}` : `de ${articled}`;
}

function withArticle(name: string): string {
  const known = WITH_ARTICLE[name];
  if (known !== undefined) return known;
  // A name that begins with a common noun ("fleuve Niger") takes the article.
  return /^\p{Ll}/u.test(name) ? `le ${name}` : name;
}

/** The article of a country: le Mali, la France, l'Algérie, les États-Unis. */
function countryArticle(name: string): string {
  if (/^(États|Émirats|Pays-Bas|Comores|Philippines|Seychelles)/u.test(name)) return `les ${name}`;
  if (startsWithVowel(name)) return `l'${name}`;
  return feminineCountry(name) ? `la ${name}` : `le ${name}`;
}

/** Where, for a country: au Mali, au Burkina Faso, en France, en Algérie, aux États-Unis. */
function inCountry(name: string): string {
  const articled = countryArticle(name);
  if (articled.startsWith('les ')) return `aux ${name}`;
  if (articled.startsWith('le ')) return `au ${name}`;
  return `en ${name}`;
}

/** Where, for a town: à Bamako; for a river or region named by a common noun: sur le fleuve Niger. */
function inPlace(name: string): string {
  return /^\p{Ll}/u.test(name) ? `sur le ${name}` : `à ${name}`;
}

function feminineCountry(name: string): boolean {
  const firstWord = name.split(/[\s-]/u)[0] ?? name;
  const last = name.endsWith("d'Ivoire") ? 'e' : firstWord.slice(-1);
  return last === 'e' && !MASCULINE_IN_E.has(firstWord);
}

/** The first situation word as a complement of the head noun: "du carburant", or "de carburant". */
function complement(key: string, bare: true | undefined): string {
  const word = SITUATIONS_FR[key];
  if (word === undefined) return `de ${key}`;
  if (bare === undefined) return word.of;
  return startsWithVowel(word.noun) ? `d'${word.noun}` : `de ${word.noun}`;
}

/** Whether "de" and "le" elide before the word (an h is left alone: most names keep "de"). */
function startsWithVowel(text: string): boolean {
  return /^[aeiouyàâäéèêëîïôöùûüœ]/iu.test(text.normalize('NFC'));
}

function capitalise(text: string): string {
  return text.charAt(0).toLocaleUpperCase('fr') + text.slice(1);
}

/** Both titles of an arc, as the store keeps them. */
export function arcTitles(
  signature: ArcSignature,
  vocabulary: FrenchVocabulary,
): { readonly title: string; readonly titleFr: string } {
  return { title: arcTitle(signature, vocabulary), titleFr: arcTitleFr(signature, vocabulary) };
}

/**
 * The French title of an arc from its stored signature, for arcs stored before French titles
 * were kept (the arc store's `frenchTitle`). An arc whose signature names no actor or topic (a
 * damaged or empty one) keeps its English title, as a headline-titled arc does.
 */
export function frenchArcTitler(
  watchlist: Pick<WatchlistConfig, 'entities'>,
): (stored: unknown, title: string) => string {
  const vocabulary = arcVocabulary(watchlist);
  return (stored, title) => {
    const signature = readArcSignature(stored);
    return arcTitleParts(signature, vocabulary) === null
      ? title
      : arcTitleFr(signature, vocabulary);
  };
}
