import type { AdminFailure, FeedSummary } from '../src/core/admin-ports.js';
import type { Language } from '../src/core/config-types.js';
import { feedFailureReason } from '../src/core/feed-failure-words.js';
import { queryReasonInFrench } from './query-reason.js';

/**
 * The one-line reason a refused admin request gets, in the user's language. Reasons that come
 * from the fetcher or the query parser (`HTTP 404`, `unbalanced parenthesis at column 9`) are
 * quoted as they are: they name the technical cause exactly.
 */
export function describeAdminFailure(failure: AdminFailure, locale: Language): string {
  const fr = locale === 'fr';
  switch (failure.code) {
    case 'bad-cron': {
      const reason = failure.reason === undefined ? '' : `: ${cronReason(failure.reason, fr)}`;
      const frReason = failure.reason === undefined ? '' : ` : ${cronReason(failure.reason, fr)}`;
      return fr
        ? `expression cron invalide « ${failure.cron} »${frReason} — cinq champs, par exemple « 0 8 * * * » (minute heure jour mois jour-de-semaine)`
        : `invalid cron expression "${failure.cron}"${reason} — five fields, e.g. "0 8 * * *" (minute hour day month weekday)`;
    }
    case 'bad-timezone': {
      const hint =
        failure.suggestion === undefined
          ? fr
            ? 'un nom IANA comme Africa/Bamako'
            : 'use an IANA name like Africa/Bamako'
          : fr
            ? `vouliez-vous dire « ${failure.suggestion} » ?`
            : `did you mean "${failure.suggestion}"?`;
      return fr
        ? `fuseau horaire inconnu « ${failure.timezone} » — ${hint}`
        : `unknown time zone "${failure.timezone}" — ${hint}`;
    }
    case 'bad-query':
      return fr
        ? `requête invalide : ${queryReasonInFrench(failure.message)}`
        : `bad query: ${failure.message}`;
    case 'bad-value':
      return fr
        ? `« ${failure.value} » ne convient pas pour ${failure.option} : un nombre entier de ${failure.min} à ${failure.max}`
        : `"${failure.value}" is not valid for ${failure.option}: a whole number from ${failure.min} to ${failure.max}`;
    case 'not-found':
      return notFound(failure.what, failure.id, fr);
    case 'from-config':
      return fromConfig(failure.what, failure.id, failure.file, fr);
    case 'which-digest':
      return whichDigest(failure.ids, fr);
    case 'feed-failed': {
      const hint = failure.refused
        ? fr
          ? ' (les adresses privées demandent ALLOW_PRIVATE_FEEDS=true)'
          : ' (private addresses need ALLOW_PRIVATE_FEEDS=true)'
        : '';
      return fr
        ? `impossible d'ajouter ${failure.url} : ${feedReasonInFrench(failure.reason)}${hint}`
        : `cannot add ${failure.url}: ${failure.reason}${hint}`;
    }
    case 'feed-known':
      return feedKnown(failure.feed, fr);
  }
}

const NAMES = {
  en: { alert: 'alert', digest: 'digest', subscription: 'subscription', feed: 'feed' },
  fr: { alert: "l'alerte", digest: 'le digest', subscription: "l'abonnement", feed: 'le flux' },
} as const;

function notFound(what: keyof typeof NAMES.en, id: string, fr: boolean): string {
  if (fr) {
    const listFr =
      what === 'feed' ? '/sahel flux liste' : what === 'alert' ? '/sahel alerte liste' : null;
    const name = {
      feed: `de flux « ${id} »`,
      digest: `de digest ${id}`,
      alert: `d'alerte ${id}`,
      subscription: `d'abonnement ${id}`,
    }[what];
    const hint =
      listFr === null ? '/sahel resume desabonner sans numéro les liste' : `${listFr} les montre`;
    return `pas ${name} dans ${what === 'feed' ? 'la liste' : 'ce canal'} — ${hint}`;
  }
  const list =
    what === 'feed' ? '/sahel feeds list' : what === 'alert' ? '/sahel alert list' : null;
  const name = what === 'feed' ? `feed "${id}"` : `${what} ${id}`;
  const hint =
    list === null ? '/sahel digest unsubscribe without an id lists them' : `${list} shows them`;
  return `no ${name} ${what === 'feed' ? 'is polled' : 'in this channel'} — ${hint}`;
}

function fromConfig(
  what: 'alert' | 'digest' | 'feed',
  id: string,
  file: string,
  fr: boolean,
): string {
  if (fr) {
    const name = NAMES.fr[what];
    const pronoun = what === 'alert' ? 'la' : 'le';
    return `${name} ${id} vient de ${file} ; modifiez ce fichier pour ${pronoun} retirer`;
  }
  return `${what} ${id} comes from ${file}; edit that file to remove it`;
}

function whichDigest(ids: readonly number[], fr: boolean): string {
  if (ids.length === 0) {
    return fr
      ? "ce canal n'a pas de digest — /sahel resume abonner en ajoute un"
      : 'this channel has no digest — /sahel digest subscribe adds one';
  }
  const list = ids.map((id) => `#${id}`).join(', ');
  const first = ids[0] ?? 0;
  return fr
    ? `ce canal a plusieurs digests (${list}) : précisez lequel, par exemple /sahel resume desabonner ${first}`
    : `this channel has several digests (${list}): say which, e.g. /sahel digest unsubscribe ${first}`;
}

function feedKnown(feed: FeedSummary, fr: boolean): string {
  const chat = fr ? 'ajouté depuis le chat' : 'added from chat';
  const from =
    feed.origin === 'chat' ? chat : fr ? 'de la configuration' : 'from the configuration';
  return fr
    ? `${feed.url} est déjà suivi : flux ${feed.id} (${feed.name}, ${from})`
    : `${feed.url} is already polled as feed ${feed.id} (${feed.name}, ${from})`;
}

const CRON_FIELDS_FR: Readonly<Record<string, string>> = {
  second: 'les secondes',
  minute: 'les minutes',
  hour: "l'heure",
  'day of month': 'le jour du mois',
  month: 'le mois',
  weekday: 'le jour de la semaine',
  'week day': 'le jour de la semaine',
};

/**
 * The cron library's reason in plain words: `25 is a invalid expression for hour` becomes
 * `25 is not a valid hour`; other reasons are kept as they are.
 */
function cronReason(reason: string, fr: boolean): string {
  const fields = /^expected (\d+) or (\d+) fields but got (\d+)$/.exec(reason);
  if (fields !== null && fr)
    return `${fields[1]} ou ${fields[2]} champs attendus, ${fields[3]} reçus`;
  if (reason === 'pattern includes illegal characters') {
    return fr
      ? 'caractères interdits (chiffres, *, virgules, tirets et / seulement)'
      : 'it holds characters a cron field cannot (digits, *, commas, dashes and / only)';
  }
  const match = /^(.+) is a invalid expression for (.+)$/.exec(reason);
  if (match === null) return reason;
  const [, value = '', field = ''] = match;
  if (fr) return `« ${value} » ne convient pas pour ${CRON_FIELDS_FR[field] ?? field}`;
  return `${value} is not a valid ${field}`;
}

/**
 * The fetcher's reasons a French admin causes by a typo, in French (`not a valid URL: "x"`,
 * `refused: only http and https feeds are allowed, not ftp:`, `DNS: host not found (h)`); the
 * others as `/sahel feeds status` words them (`le site répond 404 : adresse introuvable`).
 */
function feedReasonInFrench(reason: string): string {
  const notUrl = /^not a valid URL: (.*)$/.exec(reason);
  if (notUrl !== null) return `ce n'est pas une adresse web : ${frenchQuotes(notUrl[1] ?? '')}`;
  const scheme = /^refused: only http and https feeds are allowed, not (.*)$/.exec(reason);
  if (scheme !== null)
    return `refusé : seuls les flux http et https sont acceptés, pas ${scheme[1] ?? ''}`;
  const refused =
    /^refused: (\S+) (is a private or reserved address|is a local or metadata host name|resolves to a private or reserved address)(.*)$/.exec(
      reason,
    );
  if (refused !== null) {
    const [, host = '', why = '', rest = ''] = refused;
    return `refusé : ${host} ${REFUSED_FR[why] ?? why}${rest}`;
  }
  const dns = /^DNS: host not found \((.*)\)$/.exec(reason);
  if (dns !== null) return `DNS : hôte introuvable (${dns[1] ?? ''})`;
  return feedFailureReason(reason, 'fr');
}

/** Why the fetcher refuses an address, in French. */
const REFUSED_FR: Readonly<Record<string, string>> = {
  'is a private or reserved address': 'est une adresse privée ou réservée',
  'is a local or metadata host name': 'est un nom d’hôte local ou de métadonnées',
  'resolves to a private or reserved address': 'mène à une adresse privée ou réservée',
};

/** `"x"` as a French reader quotes it: `« x »`. */
function frenchQuotes(text: string): string {
  return text.replace(/"([^"]*)"/g, '« $1 »');
}
