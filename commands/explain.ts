import type { CommandArgs, CommandContext, CommandDefinition } from '../src/core/command.js';
import type { Block, ListEntry, Message } from '../src/core/message.js';
import { foldString } from '../src/core/fold-text.js';
import { errorReply } from './dispatch-reply.js';
import { contextInFrench, reasonInFrench } from './explain-reason-fr.js';

/**
 * `/sahel explain <text>`: what the watchlist sees in a text and why — whether an item saying
 * it would make a story (the pipeline's own decision), each matched entity with the alias, field
 * and offsets that matched, and the near misses the rules turned down (Niger in "Nigeria").
 */
export const explainCommand: CommandDefinition = {
  name: 'explain',
  nameFr: 'expliquer',
  scope: 'sahel',
  description: {
    en: 'What the watchlist sees in a text, and why',
    fr: 'Ce que la liste de veille voit dans un texte, et pourquoi',
  },
  options: [
    {
      name: 'text',
      nameFr: 'texte',
      type: 'string',
      required: true,
      description: { en: 'A headline or sentence', fr: 'Un titre ou une phrase' },
    },
  ],
  mainOption: 'text',
  admin: false,
  examples: ['explain JNIM claims attack near Kidal', 'explain Niger Delta militants in Nigeria'],
  handle: (args, context) => answerExplain(args, context),
};

/**
 * The longest text explained: a few paragraphs. A whole article pasted in would list hundreds of
 * hits in an answer no chat platform can post.
 */
export const EXPLAIN_MAX_LENGTH = 2000;

function answerExplain(args: CommandArgs, context: CommandContext): Message {
  const words = WORDS[context.locale];
  const text = typeof args['text'] === 'string' ? args['text'].trim() : '';
  if (text === '') return errorReply(words.missing);
  if (text.length > EXPLAIN_MAX_LENGTH) return errorReply(words.tooLong(text.length));
  const seen = context.ports.read.explain(text);
  const verdict = seen.relevant
    ? words.relevant
    : seen.topics.length + seen.context.length > 0
      ? words.notSahel(seen.topics, seen.context)
      : words.nothing;
  const blocks: Block[] = [
    { type: 'heading', text: words.heading, subtitle: text },
    { type: 'text', text: verdict },
  ];
  const lines = [`${words.heading}: ${text}`, verdict];
  const matchEntries: ListEntry[] = seen.matches.map((m) => ({
    text: `${m.entity} ← ${words.quote(m.found)}`,
    detail: [
      words.where(m.field, m.start, m.end),
      ...(m.impliedBy !== undefined ? [words.implied(m.impliedBy)] : []),
      ...(m.descriptor === true ? [words.descriptor(m.alias, m.context ?? '')] : []),
      ...(m.impliedBy === undefined &&
      m.descriptor !== true &&
      foldString(m.alias) !== foldString(m.found)
        ? [words.alias(m.alias)]
        : []),
    ].join(' · '),
  }));
  if (matchEntries.length > 0) {
    const names = seen.entities
      .map((e) => describeEntity(e.id, e.name, e.kind, context))
      .join(', ');
    blocks.push(
      { type: 'text', text: words.entities(names) },
      { type: 'list', entries: matchEntries },
    );
    lines.push(words.entities(names), ...matchEntries.map((e) => `- ${e.text}: ${e.detail ?? ''}`));
  }
  const fr = context.locale === 'fr';
  const missEntries: ListEntry[] = seen.vetoed.map((v) => ({
    text: `${v.entity} ✗ ${words.quote(v.alias)}`,
    detail: `${fr ? reasonInFrench(v.reason) : v.reason} · ${words.where(v.field, v.start, v.end)}`,
  }));
  if (missEntries.length > 0) {
    blocks.push({ type: 'text', text: words.misses }, { type: 'list', entries: missEntries });
    lines.push(words.misses, ...missEntries.map((e) => `- ${e.text}: ${e.detail ?? ''}`));
  }
  return { blocks, fallback: lines.join('\n') };
}

/** `Attaque (thème)`: the entity's name and kind in the reader's language. */
function describeEntity(id: string, name: string, kind: string, context: CommandContext): string {
  const entity = context.config.watchlist.entities.find((e) => e.id === id);
  if (context.locale === 'en') return `${name} (${kind})`;
  return `${entity?.nameFr ?? name} (${KINDS_FR[kind] ?? kind})`;
}

const KINDS_FR: Readonly<Record<string, string>> = {
  person: 'personne',
  state: 'État',
  alliance: 'alliance',
  organisation: 'organisation',
  'armed-group': 'groupe armé',
  place: 'lieu',
  topic: 'thème',
};

const WORDS = {
  en: {
    missing:
      'explain needs a text — usage: /sahel explain <text>, e.g. /sahel explain JNIM attack near Kidal',
    heading: 'What the watchlist sees',
    relevant: 'Relevant: a report saying this would make a story.',
    notSahel: (topics: readonly string[], context: readonly string[]) =>
      `Not relevant: only ${[
        ...(topics.length > 0 ? [`event topics (${topics.join(', ')})`] : []),
        ...(context.length > 0 ? [`context-only countries (${context.join(', ')})`] : []),
      ].join(' and ')} matched, no Sahel actor, place or country.`,
    descriptor: (phrase: string, context: string) =>
      `descriptor "${phrase}"${context === '' ? '' : ` (context: ${context})`}`,
    nothing: 'Not relevant: nothing on the watchlist matched.',
    entities: (names: string) => `Matched: ${names}`,
    where: (field: string, start: number, end: number) => `${field} [${start}–${end}]`,
    implied: (by: string) => `implied by ${by}`,
    alias: (alias: string) => `alias "${alias}"`,
    quote: (text: string) => `"${text}"`,
    misses: 'Near misses',
    tooLong: (length: number) =>
      `explain takes a headline or a few sentences, at most ${EXPLAIN_MAX_LENGTH} characters (got ${length})`,
  },
  fr: {
    missing:
      'expliquer demande un texte — usage : /sahel expliquer <texte>, par exemple /sahel expliquer attaque du JNIM près de Kidal',
    heading: 'Ce que voit la liste de veille',
    relevant: 'Pertinent : un article disant cela ferait un récit.',
    notSahel: (topics: readonly string[], context: readonly string[]) =>
      `Non pertinent : seuls ${[
        ...(topics.length > 0 ? [`des thèmes (${topics.join(', ')})`] : []),
        ...(context.length > 0 ? [`des pays de contexte (${context.join(', ')})`] : []),
      ].join(' et ')} correspondent, aucun acteur, lieu ou pays du Sahel.`,
    descriptor: (phrase: string, context: string) =>
      `description « ${phrase} »${context === '' ? '' : ` (contexte : ${contextInFrench(context)})`}`,
    nothing: 'Non pertinent : rien de la liste de veille ne correspond.',
    entities: (names: string) => `Reconnus : ${names}`,
    where: (field: string, start: number, end: number) =>
      `${field === 'title' ? 'titre' : field === 'summary' ? 'résumé' : 'texte'} [${start}–${end}]`,
    implied: (by: string) => `déduit de ${by}`,
    alias: (alias: string) => `alias « ${alias} »`,
    quote: (text: string) => `« ${text} »`,
    misses: 'Presque reconnus',
    tooLong: (length: number) =>
      `explain prend un titre ou quelques phrases, au plus ${EXPLAIN_MAX_LENGTH} caractères (reçu ${length})`,
  },
} as const;
