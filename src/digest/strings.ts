/** Reader-facing words of digests and alerts, in English and French. */
import type { Language } from '../core/config-types.js';

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
}

const plural = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;

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
  },
};
