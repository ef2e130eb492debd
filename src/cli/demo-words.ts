import type { Language } from '../core/config-types.js';

/**
 * What the demo itself says around the bot's posts, in the language of the settings it runs
 * with (`locale:` of its configuration), so a French deployment's demo reads French throughout.
 */
export interface DemoWords {
  /** The opening line; `note` is the English note of the sample feeds' manifest. */
  readonly intro: (note: string) => string;
  readonly served: (feeds: number, origin: string, workDir: string, keep: boolean) => string;
  readonly firstPoll: (at: string) => string;
  readonly secondPoll: (at: string) => string;
  readonly backfilled: (kept: number) => string;
  /** A poll's line: its label, then what the cycle did. */
  readonly poll: (label: string, summary: string) => string;
  readonly alertsHeading: (query: string, channel: string) => string;
  readonly noAlert: string;
  readonly digestHeading: (at: string, channel: string) => string;
  readonly noDigest: string;
  readonly commandsHeading: string;
  readonly keepHint: string;
  readonly kept: (workDir: string) => string;
  readonly datedUpTo: (day: string, since: string) => string;
}

export const DEMO_WORDS: Record<Language, DemoWords> = {
  en: {
    intro: (note) => `sahel-digest demo — ${note}.`,
    served: (feeds, origin, workDir, keep) =>
      `${feeds} sample feeds served at ${origin}; work folder ${workDir} (${keep ? 'kept' : 'removed at the end'})`,
    firstPoll: (at) => `first poll at ${at}`,
    secondPoll: (at) => `second poll at ${at}`,
    backfilled: (kept) => `; ${kept} items of first polls kept for the digest`,
    poll: (label, summary) => `${label}: ${summary}`,
    alertsHeading: (query, channel) => `━━ Alerts for "${query}" (#${channel}) ━━`,
    noAlert: '(no alert)',
    digestHeading: (at, channel) => `━━ Morning digest at ${at} (#${channel}) ━━`,
    noDigest: '(no digest was due)',
    commandsHeading: "━━ Commands over the demo's store ━━",
    keepHint:
      'To try every command on these stories: npx sahel-digest demo --keep, then the chat line it prints.',
    kept: (workDir) => `Kept in ${workDir}. Talk to the bot over the demo's store:`,
    datedUpTo: (day, since) =>
      `The sample stories are dated up to ${day}: add since:${since} to /mali news and /sahel search.`,
  },
  fr: {
    // The manifest's note is English sample-data wording; French says the same in its own words.
    intro: () => 'sahel-digest, démonstration — données d’exemple, reportages fictifs.',
    served: (feeds, origin, workDir, keep) =>
      `${feeds} flux d’exemple servis sur ${origin} ; dossier de travail ${workDir} (${keep ? 'conservé' : 'supprimé à la fin'})`,
    firstPoll: (at) => `premier relevé à ${at}`,
    secondPoll: (at) => `second relevé à ${at}`,
    backfilled: (kept) =>
      ` ; ${kept} ${kept === 1 ? 'article des premiers relevés gardé' : 'articles des premiers relevés gardés'} pour le digest`,
    poll: (label, summary) => `${label} : ${summary}`,
    alertsHeading: (query, channel) => `━━ Alertes pour « ${query} » (#${channel}) ━━`,
    noAlert: '(aucune alerte)',
    digestHeading: (at, channel) => `━━ Digest du matin à ${at} (#${channel}) ━━`,
    noDigest: '(aucun digest n’était prévu)',
    commandsHeading: '━━ Commandes sur les données de la démonstration ━━',
    keepHint:
      'Pour essayer toutes les commandes sur ces récits : npx sahel-digest demo --keep, puis la ligne de chat qu’elle affiche.',
    kept: (workDir) =>
      `Conservé dans ${workDir}. Parlez au bot sur les données de la démonstration :`,
    datedUpTo: (day, since) =>
      `Les récits d’exemple vont jusqu’au ${day} : ajoutez depuis:${since} à /mali actus et à /sahel recherche.`,
  },
};
