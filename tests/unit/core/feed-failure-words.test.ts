import { describe, expect, it } from 'vitest';
import { elapsedWords, feedFailureReason } from '../../../src/core/feed-failure-words.js';

/** The fetcher's raw reasons, as `src/ingest` writes them, and what a reader is told. */
const REASONS: readonly (readonly [string, string, string])[] = [
  [
    'HTTP 404',
    'the site answers 404: address not found',
    'le site répond 404 : adresse introuvable',
  ],
  ['HTTP 410', 'the site answers 410: the feed was removed', 'le site répond 410 : flux supprimé'],
  ['HTTP 403', 'the site answers 403: access forbidden', 'le site répond 403 : accès interdit'],
  ['HTTP 418', 'the site answers 418: request refused', 'le site répond 418 : requête refusée'],
  ['HTTP 500', 'the site answers 500: server error', 'le site répond 500 : erreur du serveur'],
  [
    'HTTP 503: service unavailable, retry after 7200 s',
    'the site answers 503: temporarily unavailable, it asks to wait 2 h',
    'le site répond 503 : momentanément indisponible, il demande d’attendre 2 h',
  ],
  [
    'HTTP 429: rate limited',
    'the site answers 429: too many requests, asked to slow down',
    'le site répond 429 : trop de requêtes, il demande de ralentir',
  ],
  [
    'timed out after 15 s',
    'the site did not answer within 15 s (timeout)',
    'le site n’a pas répondu en 15 s (délai dépassé)',
  ],
  [
    'DNS: host not found (gone.example)',
    'the site’s name does not exist (DNS)',
    'le nom du site est introuvable (DNS)',
  ],
  [
    'TLS error: certificate has expired',
    'the site’s certificate has expired (TLS)',
    'le certificat du site a expiré (TLS)',
  ],
  [
    'TLS error: self-signed certificate',
    'the site’s security certificate is not valid (TLS)',
    'le certificat de sécurité du site n’est pas valide (TLS)',
  ],
  [
    'network error: connection refused',
    'the site refuses connections',
    'le site refuse les connexions',
  ],
  [
    'not a feed: the server returned an HTML page (text/html)',
    'the address gives a web page, not a feed',
    'l’adresse donne une page web, pas un flux',
  ],
  [
    'not a feed: the XML root element is <channel>, not <rss>, <feed> or <rdf:RDF>',
    'the address is not a feed',
    'l’adresse n’est pas un flux',
  ],
  [
    'invalid XML at line 3: unescaped "<"',
    'the feed is broken (invalid XML)',
    'le flux est illisible (XML invalide)',
  ],
  [
    'too large: over 5 MB',
    'the feed is too big (over 5 MB)',
    'le flux est trop gros (plus de 5 Mo)',
  ],
  [
    'redirect loop: https://a.example/ redirects back to an earlier URL',
    'the address redirects in a loop',
    'l’adresse redirige en boucle',
  ],
  ['too many redirects: more than 5', 'too many redirects', 'trop de redirections'],
  [
    'disabled after 5 consecutive failures: HTTP 404',
    'disabled after 5 failures in a row: the site answers 404: address not found',
    'désactivé après 5 échecs de suite : le site répond 404 : adresse introuvable',
  ],
  ['something new', 'cannot read it (something new)', 'échec de lecture (something new)'],
];

describe('feedFailureReason', () => {
  it.each(REASONS)('words %s for a reader in English and French', (raw, en, fr) => {
    expect(feedFailureReason(raw, 'en')).toBe(en);
    expect(feedFailureReason(raw, 'fr')).toBe(fr);
  });

  it('counts the time since the last success in minutes, hours, then days', () => {
    const now = Date.UTC(2026, 11, 6, 12);
    expect(elapsedWords(now - 20 * 60_000, now, 'en')).toBe('20 min');
    expect(elapsedWords(now - 30 * 3_600_000, now, 'fr')).toBe('30 h');
    expect(elapsedWords(now - 3 * 86_400_000, now, 'fr')).toBe('3 jours');
    expect(elapsedWords(now - 3 * 86_400_000, now, 'en')).toBe('3 days');
  });
});
