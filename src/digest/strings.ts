/** Reader-facing words of digests and alerts, in English and French. */
import type { Language } from '../core/config-types.js';
import type { PieceKind } from '../core/story.js';

export interface DigestStrings {
  readonly digestTitle: string;
  /** Heading subtitle: how many stories, over which window. */
  readonly digestSubtitle: (shown: number, window: string) => string;
  readonly noStories: (window: string) => string;
  readonly footer: (shown: number, total: number, reports: number, outlets: number) => string;
  /** Digest card note: `Also: RFI, Le Monde +2`. */
  readonly also: string;
  /** Alert card note: `Also reported by RFI, Le Monde`. */
  readonly alsoReportedBy: string;
  readonly alertTitle: string;
  readonly alertSubtitle: (query: string) => string;
  readonly update: string;
  readonly sources: string;
  readonly background: string;
  readonly listSeparator: string;
  /** Before what a label introduces: `: ` in English, ` : ` in French. */
  readonly colon: string;
  /** Alert heading of a development after the first of its arc: `Developing — Niger coup`. */
  readonly developing: (arcTitle: string) => string;
  /** `3rd development since 26 Jul`: the development's place in its arc and the arc's start. */
  readonly development: (position: number, since: string) => string;
  /** Label of the link to the development before this one. */
  readonly previousDevelopment: string;
  /** Digest heading of an arc's developments: `Niger coup — 3 developments`. */
  readonly arcGroup: (arcTitle: string, developments: number) => string;
  /** Card label of a piece that is not a report of a happening. */
  readonly kindLabels: Readonly<Record<Exclude<PieceKind, 'news'>, string>>;
}

const plural = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;

/** `1st`, `2nd`, `3rd`, `4th`, `11th`, `12th`, `13th`, `21st`, `112th`. */
export function ordinalEn(n: number): string {
  const lastTwo = n % 100;
  if (lastTwo >= 11 && lastTwo <= 13) return `${n}th`;
  const suffix = ({ 1: 'st', 2: 'nd', 3: 'rd' } as Readonly<Record<number, string>>)[n % 10];
  return `${n}${suffix ?? 'th'}`;
}

/** `1er`, `2e`, `3e`, `21e`: French abbreviates ordinals this way (masculine, as in « développement »). */
export function ordinalFr(n: number): string {
  return n === 1 ? '1er' : `${n}e`;
}

export const STRINGS: Readonly<Record<Language, DigestStrings>> = {
  en: {
    digestTitle: 'Sahel digest',
    digestSubtitle: (shown, window) => `${plural(shown, 'story', 'stories')} · ${window}`,
    noStories: (window) => `No new stories: ${window}.`,
    footer: (shown, total, reports, outlets) =>
      `${shown < total ? `Top ${shown} of ${total} stories` : plural(total, 'story', 'stories')}, ` +
      `${plural(reports, 'report', 'reports')} from ${plural(outlets, 'outlet', 'outlets')}. Ranked by corroboration, source, actors and recency.`,
    also: 'Also:',
    alsoReportedBy: 'Also reported by',
    alertTitle: 'Sahel alert',
    alertSubtitle: (query) => `Matches: ${query}`,
    update: 'Update',
    sources: 'Sources',
    background: 'Background',
    listSeparator: ', ',
    colon: ': ',
    developing: (arcTitle) => `Developing — ${arcTitle}`,
    development: (position, since) => `${ordinalEn(position)} development since ${since}`,
    previousDevelopment: 'Previous development',
    arcGroup: (arcTitle, n) => `${arcTitle} — ${plural(n, 'development', 'developments')}`,
    kindLabels: {
      analysis: 'Analysis',
      opinion: 'Opinion',
      explainer: 'Explainer',
      live: 'Live',
      roundup: 'Roundup',
    },
  },
  fr: {
    digestTitle: 'Revue de presse Sahel',
    digestSubtitle: (shown, window) => `${plural(shown, 'sujet', 'sujets')} · ${window}`,
    noStories: (window) => `Aucune nouvelle information : ${window}.`,
    footer: (shown, total, reports, outlets) =>
      `${shown < total ? `Les ${shown} premiers sujets sur ${total}` : plural(total, 'sujet', 'sujets')}, ` +
      `${plural(reports, 'article', 'articles')} de ${plural(outlets, 'média', 'médias')}. Classement : recoupement, source, acteurs et actualité.`,
    also: 'Aussi :',
    alsoReportedBy: 'Également rapporté par',
    alertTitle: 'Alerte Sahel',
    alertSubtitle: (query) => `Correspond à : ${query}`,
    update: 'Mise à jour',
    sources: 'Sources',
    background: 'Contexte',
    listSeparator: ', ',
    colon: ' : ',
    developing: (arcTitle) => `En développement — ${arcTitle}`,
    development: (position, since) => `${ordinalFr(position)} développement depuis le ${since}`,
    previousDevelopment: 'Développement précédent',
    arcGroup: (arcTitle, n) => `${arcTitle} — ${plural(n, 'développement', 'développements')}`,
    kindLabels: {
      analysis: 'Analyse',
      opinion: 'Opinion',
      explainer: 'Décryptage',
      live: 'En direct',
      roundup: 'Revue',
    },
  },
};
