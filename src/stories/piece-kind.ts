/**
 * What a piece is — a report of a happening, or analysis, opinion, an explainer, a live blog or
 * a roundup — from its headline, lead and link (section paths such as `/opinion/`).
 *
 * Only `news` starts an alert by default, so the cues are precise rather than greedy: a label the
 * outlet itself puts on the piece ("Analysis:", "Tribune", "… live:", `/opinion/`), or a headline
 * that is a question ("Why is …?", "Qui est …?"). A news headline with "why" or "live" inside, or a
 * lead that links to a live blog, stays news. Text is folded first (`Décryptage` → `decryptage`,
 * curly apostrophes → `'`), so each cue is written once, without accents.
 */
import { foldMarks, foldString } from '../core/fold-text.js';
import type { PieceKind } from '../core/story.js';
import { featureKind } from './piece-feature.js';
import { questionKind } from './piece-question.js';

export interface PieceText {
  readonly title: string;
  readonly summary: string;
  readonly url: string | null;
}

/** A kind and the cue that decided it, as found in the folded text (`null` for news: no cue). */
export interface PieceKindResult {
  readonly kind: PieceKind;
  readonly cue: string | null;
}

type NonNews = Exclude<PieceKind, 'news'>;

/**
 * Where a cue looks: the folded headline, the folded lead, the lead without accents but in its
 * own case (a name), or the link's path segments.
 */
type CueScope = 'title' | 'lead' | 'cased lead' | 'section';

interface Cue {
  readonly kind: NonNews;
  readonly scope: CueScope;
  readonly pattern: RegExp;
  /** Where the reason line says the cue was found: `headline`, `link section`. */
  readonly where: string;
}

/** Separators outlets put between a label and the headline: `Analysis: …`, `Opinion | …`, `Live – …`. */
const SEP = String.raw`\s*[:|\u2013\u2014-]`;
/** Start of the headline, or of a part of it after a separator (`Mali : Décryptage – …`). */
const PART_START = String.raw`(?:^|[:|\u2013\u2014]\s*)`;
const WORD_END = String.raw`(?![\p{L}\p{N}])`;
const WORD_START = String.raw`(?<![\p{L}\p{N}])`;

/** A label at the start of the headline or of one of its parts, followed by a separator. */
function label(kind: NonNews, ...words: string[]): Cue {
  return cue(kind, 'title', `${PART_START}(?:${words.join('|')})${SEP}`, 'headline label');
}

/** A label closing the headline: `… | Opinion`, `… – en direct`. */
function closing(kind: NonNews, ...words: string[]): Cue {
  return cue(kind, 'title', `[:|\u2013\u2014-]\\s*(?:${words.join('|')})\\s*$`, 'headline ending');
}

/** A phrase anywhere in the headline, as whole words. */
function phrase(kind: NonNews, ...phrases: string[]): Cue {
  return cue(kind, 'title', `${WORD_START}(?:${phrases.join('|')})${WORD_END}`, 'headline');
}

/** A phrase opening the lead. */
function leadStart(kind: NonNews, ...phrases: string[]): Cue {
  return cue(kind, 'lead', `^(?:${phrases.join('|')})${WORD_END}`, 'lead');
}

/** A section of the link's path: `/opinion/`, `/program/inside-story/`. */
function section(kind: NonNews, ...paths: string[]): Cue {
  return cue(kind, 'section', `/(?:${paths.join('|')})/`, 'link section');
}

function cue(kind: NonNews, scope: CueScope, source: string, where: string): Cue {
  return { kind, scope, pattern: new RegExp(source, 'u'), where };
}

/**
 * The cue table, first match wins: the outlet's own labels in the headline, then the link's
 * section, then the lead. Question headlines come after all of them (see `questionKind`).
 */
const CUES: readonly Cue[] = [
  // Live blogs.
  label('live', 'live', 'en direct', 'direct', 'live updates', 'live blog'),
  phrase(
    'live',
    String.raw`live${SEP}`,
    String.raw`en direct${SEP}`,
    'live updates',
    'live blog',
    'as it happened',
    "suivez l'evolution",
  ),
  closing('live', 'live', 'en direct', 'live updates'),
  // A label in brackets opening the headline: "{DIRECT} Journée mondiale de soutien…".
  cue('live', 'title', String.raw`^\s*[{[(](?:en )?(?:direct|live)[}\])]`, 'headline label'),
  // Roundups: briefings, lists of key events, photo galleries, press reviews.
  // Not "Photos:": Al Jazeera labels photo reports of a happening so ("Photos: 70 killed in Gaza").
  label(
    'roundup',
    'in pictures',
    'en images',
    'revue de presse',
    "l'essentiel",
    'newsletter',
    'briefing',
    'key events',
  ),
  phrase(
    'roundup',
    'list of key events',
    'key events',
    'in pictures',
    'en images',
    String.raw`week in (?:pictures|review)`,
    'revue de presse',
  ),
  cue(
    'roundup',
    'title',
    String.raw`^(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|morning|evening|daily|weekend|weekly) briefing${WORD_END}`,
    'headline',
  ),
  cue('roundup', 'title', String.raw`^(?:day \d+ of|week in)${WORD_END}`, 'headline'),
  // A day's page of news, titled by its date only: "Actualités du 30 mai", "Revue de presse du
  // 15 mai 2025", "L'actu du mardi 3 juin", "News of 12 March". A headline that names a
  // happening after the date ("Journal du 3 juin : …") is still caught by what follows.
  cue(
    'roundup',
    'title',
    String.raw`^(?:les |l')?(?:actualites?|actus?|infos?|informations|nouvelles|journal|flash|revue de presse(?: \p{L}+)?|news|headlines|news roundup) (?:du|de ce|for|of|from) (?:(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|(?:mon|tues|wednes|thurs|fri|satur|sun)day) )?(?:\d{1,2}(?:er)? \p{L}+|\p{L}+ \d{1,2})(?: \d{4})?\s*$`,
    'headline',
  ),
  // Opinion: op-eds, editorials, columns, open letters.
  label(
    'opinion',
    'opinion',
    'op-ed',
    'commentary',
    'comment',
    'editorial',
    'viewpoint',
    'column',
    'tribune',
    'edito',
    'chronique',
    'point de vue',
    'billet',
  ),
  closing(
    'opinion',
    'opinion',
    'op-ed',
    'commentary',
    'editorial',
    'tribune',
    'edito',
    'chronique',
    'point de vue',
  ),
  phrase('opinion', 'op-ed', 'open letter', 'lettre ouverte'),
  // Explainers: what to know, timelines, fact checks, guides.
  label(
    'explainer',
    'explainer',
    'explained',
    'fact check',
    'fact-check',
    'q&a',
    'timeline',
    'chronologie',
    'comprendre',
    'portrait',
    'vrai ou faux',
    'questions-reponses',
    'infographies?',
  ),
  phrase(
    'explainer',
    'what to know',
    'what we know',
    'what you need to know',
    'explainer',
    String.raw`explained(?=${SEP}|\s*$)`,
    'fact[- ]?check(?:ing)?',
    'a timeline',
    'timeline of',
    'full list',
    'key facts',
    'at a glance',
    String.raw`in (?:maps|charts|numbers|graphics)`,
  ),
  phrase(
    'explainer',
    "ce qu'il faut savoir",
    "ce (?:que l'|qu')on sait",
    "ce que l'on sait",
    'en bref',
    "a quoi s'attendre",
    'infographies?',
    'chronologie',
    "ce qu'il faut (?:comprendre|retenir)",
    'pour comprendre',
    'que retenir',
    "what'?s at stake",
    'what it means',
    'why it matters',
  ),
  // Analysis: labelled analysis, interviews, features, investigations.
  label(
    'analysis',
    'analysis',
    'news analysis',
    'insight',
    'interview',
    'feature',
    'in depth',
    'long read',
    'analyse',
    'decryptage',
    'entretien',
    'enquete',
    'reportage',
    'recit',
  ),
  // "Mali's gold dispute: implications for foreign investment" weighs what a happening means.
  phrase('analysis', 'decryptage', String.raw`implications (?:for|of)`),
  // A happening "décryptée" is explained, not reported: "la libération de figures politiques
  // et militaires décryptée".
  phrase('analysis', 'decryptee?s?', 'decodee?s?'),
  // "…, et après ?" asks what a happening leads to: an editorial's or an analysis's ending.
  cue('analysis', 'title', String.raw`[,:]\s*et (?:apres|maintenant)\s*\?$`, 'headline ending'),
  // What lies behind a happening: "l'envers de la guéguerre", "les dessous de l'accord".
  phrase(
    'analysis',
    "l'envers d(?:e|u|es|'une?)",
    "les dessous d(?:e|u|es|'une?)",
    'en coulisses?',
    'behind the scenes',
  ),
  // French headlines often drop the question mark: "Pourquoi le Mali quitte la Cédéao".
  cue('analysis', 'title', String.raw`${PART_START}(?:pourquoi|comment) `, 'headline'),
  cue('explainer', 'title', String.raw`${PART_START}qui (?:est|sont|etait|etaient) `, 'headline'),
  // Sections of the link.
  section('live', 'live', 'liveblog', 'live-blog', 'direct', 'en-direct'),
  section('roundup', 'in-pictures', 'briefing', 'newsletters?', 'revue-de-presse'),
  section(
    'opinion',
    'opinion',
    'opinions',
    'commentisfree',
    'editorials?',
    'op-eds?',
    'columns?',
    'tribunes?',
    'editos?',
    'editoriaux',
    'debats',
    'idees',
    'chroniques?',
    'blogs?',
    'points-de-vue',
  ),
  section('explainer', 'explainers?', 'explained', 'fact-?check', 'les-decodeurs'),
  section(
    'analysis',
    'analysis',
    'analyses?',
    'features?',
    'long-?reads?',
    'decryptages?',
    'entretiens?',
    'interviews?',
    'program/inside-story',
    'program/counting-the-cost',
  ),
  cue(
    'live',
    'section',
    String.raw`/(?:direct-[^/]*|[^/]*-en-direct(?:-[^/]*)?|[^/]*live-?(?:blog|updates)[^/]*)/$`,
    'link',
  ),
  // "How Conservatives lost a heartland": a How-headline that is no question tells a story of
  // causes. It comes after the sections, which name the kind more surely (`/opinions/`).
  cue('analysis', 'title', String.raw`${PART_START}how (?![^?]*\?\s*$)`, 'headline'),
  // A headline telling who pays for a policy or a war, and how dearly ("civilians pay the junta's
  // strategy with their lives", "les civils paient le prix fort"), weighs a cost: it argues what
  // caused the deaths, it reports no happening.
  phrase(
    'analysis',
    'pay(?:s|ing)? (?:a |the )?(?:heavy |high |steep )?price',
    String.raw`pay(?:s|ing)? [^:|]{0,60}with their lives`,
    'pa(?:ie|ye)(?:nt)? (?:le|un) (?:lourd )?(?:prix|tribut)',
    String.raw`pa(?:ie|ye)(?:nt)? [^:|]{0,60}de leur vie`,
  ),
  // The lead.
  leadStart('roundup', "in today's newsletter", 'a photo roundup'),
  // A reportage calls a witness by a changed first name with a footnote ("Adama (1), from
  // Djibo, …"; the note says "(1) Le prénom a été modifié"): a news report names its sources.
  cue('analysis', 'cased lead', String.raw`${WORD_START}\p{Lu}\p{Ll}+ \(1\)(?=[\s,.:;])`, 'lead'),
  // Articles of The Conversation (academics explaining) as syndicated by allAfrica: "[The Conversation Africa] …".
  leadStart('analysis', String.raw`\[the conversation`),
];

/** The link's path, folded, with a trailing slash so a last segment reads as a section. */
function linkPath(url: string | null): string {
  if (url === null) return '';
  try {
    return `${foldString(decodeURIComponent(new URL(url).pathname)).replace(/\/+$/u, '')}/`;
  } catch {
    return '';
  }
}

/** The kind of a piece and the cue that decided it; `news` when no cue speaks. */
export function classifyPiece(piece: PieceText): PieceKindResult {
  const text: Record<CueScope, string> = {
    title: foldString(piece.title.trim()).replace(/\s+/gu, ' '),
    lead: foldString(piece.summary.trim()),
    'cased lead': foldMarks(piece.summary.trim()),
    section: linkPath(piece.url),
  };
  for (const c of CUES) {
    const match = c.pattern.exec(text[c.scope]);
    if (match !== null) return { kind: c.kind, cue: `${c.where} "${match[0].trim()}"` };
  }
  return (
    featureKind(piece.title, text.title) ?? questionKind(text.title) ?? { kind: 'news', cue: null }
  );
}

/** The kind of a piece; `news` unless a cue says otherwise. */
export function pieceKind(piece: PieceText): PieceKind {
  return classifyPiece(piece).kind;
}

/** One line for logs and `--explain`: `opinion (headline label "tribune :")` or `news (no cue)`. */
export function explainPieceKind(piece: PieceText): string {
  const { kind, cue: reason } = classifyPiece(piece);
  return `${kind} (${reason ?? 'no cue'})`;
}
