import type { Language } from './config-types.js';

/**
 * Why a feed fails, in words a reader of the bot understands, from the fetcher's one-line reason
 * (`HTTP 404`, `timed out after 15 s`, `DNS: host not found (x)`, `not a feed: …`): the site
 * answers 404, the address is not a feed, the site did not answer in time. The raw reason keeps
 * the technical detail for the log and the store; this is what `/sahel feeds status`, the Slack
 * Home tab and admin-channel notices show.
 */
export function feedFailureReason(message: string, locale: Language): string {
  const disabled = /^disabled after (\d+) (?:consecutive )?failures: (.*)$/s.exec(message);
  if (disabled !== null) {
    const [, count = '', cause = ''] = disabled;
    const reason = feedFailureReason(cause, locale);
    return locale === 'fr'
      ? `désactivé après ${count} échecs de suite : ${reason}`
      : `disabled after ${count} failures in a row: ${reason}`;
  }
  for (const [pattern, words] of RULES) {
    const match = pattern.exec(message);
    if (match !== null) return words(match, locale);
  }
  return locale === 'fr' ? `échec de lecture (${message})` : `cannot read it (${message})`;
}

type Words = (match: RegExpExecArray, locale: Language) => string;

/** `en` or `fr` text for the reader. */
const say =
  (en: string, fr: string): Words =>
  (_match, locale) =>
    locale === 'fr' ? fr : en;

/** Rules tried in order; the first pattern that matches the raw reason words it. */
const RULES: readonly (readonly [RegExp, Words])[] = [
  [
    /^HTTP (\d{3})(?:.*retry after (\d+) s)?/,
    (match, locale) => httpWords(Number(match[1]), match[2], locale),
  ],
  [
    /^timed out after ([\d.]+) s/,
    (match, locale) =>
      locale === 'fr'
        ? `le site n’a pas répondu en ${(match[1] ?? '').replace('.', ',')} s (délai dépassé)`
        : `the site did not answer within ${match[1] ?? ''} s (timeout)`,
  ],
  [
    /^DNS: lookup of .* failed temporarily/,
    say(
      'the site’s name could not be looked up for now (DNS)',
      'le nom du site ne peut être résolu pour l’instant (DNS)',
    ),
  ],
  [/^DNS:/, say('the site’s name does not exist (DNS)', 'le nom du site est introuvable (DNS)')],
  [
    /^TLS error: .*(expired|CERT_HAS_EXPIRED)/i,
    say('the site’s certificate has expired (TLS)', 'le certificat du site a expiré (TLS)'),
  ],
  [
    /^TLS error/,
    say(
      'the site’s security certificate is not valid (TLS)',
      'le certificat de sécurité du site n’est pas valide (TLS)',
    ),
  ],
  [
    /^network error: connection refused/,
    say('the site refuses connections', 'le site refuse les connexions'),
  ],
  [
    /^network error: (connection reset|connection closed|the server closed)/,
    say('the site cut the connection', 'le site a coupé la connexion'),
  ],
  [
    /^network error: connection timed out/,
    say('the site cannot be reached (timeout)', 'le site est injoignable (délai dépassé)'),
  ],
  [/^network error/, say('the site cannot be reached', 'le site est injoignable')],
  [
    /^invalid HTTP response/,
    say('the site’s answer is garbled', 'la réponse du site est illisible'),
  ],
  [
    /^not a feed: .*HTML/i,
    say('the address gives a web page, not a feed', 'l’adresse donne une page web, pas un flux'),
  ],
  [/^not a feed/, say('the address is not a feed', 'l’adresse n’est pas un flux')],
  [
    /^(invalid XML|invalid feed)/,
    say('the feed is broken (invalid XML)', 'le flux est illisible (XML invalide)'),
  ],
  [
    /^too large: over (.+)$/,
    (match, locale) =>
      locale === 'fr'
        ? `le flux est trop gros (plus de ${(match[1] ?? '').replace('MB', 'Mo').replace('bytes', 'octets')})`
        : `the feed is too big (over ${match[1] ?? ''})`,
  ],
  [/^redirect loop/, say('the address redirects in a loop', 'l’adresse redirige en boucle')],
  [/^too many redirects/, say('too many redirects', 'trop de redirections')],
  [
    /^redirect to an invalid URL/,
    say('it redirects to a bad address', 'il redirige vers une adresse invalide'),
  ],
  [
    /^refused:/,
    say('the address is private or local: refused', 'l’adresse est privée ou locale : refusée'),
  ],
  [/^not a valid URL/, say('the address is not valid', 'l’adresse n’est pas valide')],
  [
    /^(could not decompress|unsupported|unknown charset|cannot decode)/i,
    say('the feed’s text cannot be decoded', 'le texte du flux est indéchiffrable'),
  ],
];

/** `the site answers 404: address not found`, and the French twin. */
function httpWords(status: number, retryAfter: string | undefined, locale: Language): string {
  const fr = locale === 'fr';
  const meaning = HTTP_MEANINGS[status] ?? (status >= 500 ? SERVER_ERROR : REFUSED);
  const wait =
    retryAfter === undefined
      ? ''
      : `, ${fr ? 'il demande d’attendre' : 'it asks to wait'} ${seconds(Number(retryAfter))}`;
  return fr
    ? `le site répond ${status} : ${meaning.fr}${wait}`
    : `the site answers ${status}: ${meaning.en}${wait}`;
}

/** `90 s`, `2 min`, `3 h`: a server's Retry-After as a reader counts it. */
function seconds(value: number): string {
  if (value < 120) return `${value} s`;
  if (value < 7200) return `${Math.round(value / 60)} min`;
  return `${Math.round(value / 3600)} h`;
}

const SERVER_ERROR = { en: 'server error', fr: 'erreur du serveur' } as const;
const REFUSED = { en: 'request refused', fr: 'requête refusée' } as const;

const HTTP_MEANINGS: Readonly<Record<number, { readonly en: string; readonly fr: string }>> = {
  400: { en: 'bad request', fr: 'requête refusée' },
  401: { en: 'a login is needed', fr: 'identification demandée' },
  403: { en: 'access forbidden', fr: 'accès interdit' },
  404: { en: 'address not found', fr: 'adresse introuvable' },
  410: { en: 'the feed was removed', fr: 'flux supprimé' },
  429: {
    en: 'too many requests, asked to slow down',
    fr: 'trop de requêtes, il demande de ralentir',
  },
  500: { en: 'server error', fr: 'erreur du serveur' },
  502: { en: 'its gateway fails', fr: 'passerelle en panne' },
  503: { en: 'temporarily unavailable', fr: 'momentanément indisponible' },
  504: { en: 'its gateway timed out', fr: 'passerelle trop lente' },
};

/**
 * How long ago `since` was, in one short phrase: `3 days`, `5 h`, `20 min` (`3 jours`, `5 h`,
 * `20 min` in French).
 */
export function elapsedWords(since: number, now: number, locale: Language): string {
  const minutes = Math.max(1, Math.floor((now - since) / 60_000));
  if (minutes < 60) return `${minutes} min`;
  const hours = Math.floor(minutes / 60);
  if (hours < 48) return `${hours} h`;
  const days = Math.floor(hours / 24);
  return locale === 'fr' ? `${days} jours` : `${days} days`;
}
