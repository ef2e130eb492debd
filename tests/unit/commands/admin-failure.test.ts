import { describe, expect, it } from 'vitest';
import { describeAdminFailure } from '../../../commands/admin-failure.js';
import type { AdminFailure } from '../../../src/core/admin-ports.js';

const FAILURES: readonly AdminFailure[] = [
  { code: 'bad-cron', cron: '0 25 * * *', reason: '25 is a invalid expression for hour' },
  { code: 'bad-timezone', timezone: 'Africa/Bamko', suggestion: 'Africa/Bamako' },
  { code: 'bad-timezone', timezone: 'Mars/Olympus' },
  {
    code: 'bad-query',
    query: 'Kidal AND (',
    message: 'unbalanced parenthesis at column 11',
    column: 11,
  },
  { code: 'bad-value', option: 'digest-size', value: '80', min: 1, max: 50 },
  { code: 'not-found', what: 'alert', id: '12' },
  { code: 'not-found', what: 'digest', id: '12' },
  { code: 'not-found', what: 'feed', id: 'nope' },
  { code: 'from-config', what: 'alert', id: '3', file: 'config/subscriptions.yaml' },
  { code: 'from-config', what: 'digest', id: '4', file: 'config/subscriptions.yaml' },
  { code: 'from-config', what: 'feed', id: 'rfi-en', file: 'config/feeds.yaml' },
  { code: 'which-digest', ids: [] },
  { code: 'which-digest', ids: [4, 7] },
  {
    code: 'feed-failed',
    url: 'http://10.0.0.5/rss',
    reason: 'refused: 10.0.0.5 is a private or reserved address',
    refused: true,
  },
  { code: 'feed-failed', url: 'https://example.org/', reason: 'HTTP 404', refused: false },
  {
    code: 'feed-known',
    feed: {
      id: 'rfi-en',
      name: 'RFI',
      url: 'https://rfi.example/rss',
      language: 'en',
      origin: 'config',
    },
  },
];

describe('describeAdminFailure', () => {
  it('words every refusal in one English line', () => {
    expect(FAILURES.map((f) => describeAdminFailure(f, 'en'))).toMatchInlineSnapshot(`
      [
        "invalid cron expression "0 25 * * *": 25 is not a valid hour — five fields, e.g. "0 8 * * *" (minute hour day month weekday)",
        "unknown time zone "Africa/Bamko" — did you mean "Africa/Bamako"?",
        "unknown time zone "Mars/Olympus" — use an IANA name like Africa/Bamako",
        "bad query: unbalanced parenthesis at column 11",
        ""80" is not valid for digest-size: a whole number from 1 to 50",
        "no alert 12 in this channel — /sahel alert list shows them",
        "no digest 12 in this channel — /sahel digest unsubscribe without an id lists them",
        "no feed "nope" is polled — /sahel feeds list shows them",
        "alert 3 comes from config/subscriptions.yaml; edit that file to remove it",
        "digest 4 comes from config/subscriptions.yaml; edit that file to remove it",
        "feed rfi-en comes from config/feeds.yaml; edit that file to remove it",
        "this channel has no digest — /sahel digest subscribe adds one",
        "this channel has several digests (#4, #7): say which, e.g. /sahel digest unsubscribe 4",
        "cannot add http://10.0.0.5/rss: refused: 10.0.0.5 is a private or reserved address (private addresses need ALLOW_PRIVATE_FEEDS=true)",
        "cannot add https://example.org/: HTTP 404",
        "https://rfi.example/rss is already polled as feed rfi-en (RFI, from the configuration)",
      ]
    `);
  });

  it('words every refusal in one French line', () => {
    expect(FAILURES.map((f) => describeAdminFailure(f, 'fr'))).toMatchInlineSnapshot(`
      [
        "expression cron invalide « 0 25 * * * » : « 25 » ne convient pas pour l'heure — cinq champs, par exemple « 0 8 * * * » (minute heure jour mois jour-de-semaine)",
        "fuseau horaire inconnu « Africa/Bamko » — vouliez-vous dire « Africa/Bamako » ?",
        "fuseau horaire inconnu « Mars/Olympus » — un nom IANA comme Africa/Bamako",
        "requête invalide : parenthèse non appariée à la colonne 11",
        "« 80 » ne convient pas pour digest-size : un nombre entier de 1 à 50",
        "pas d'alerte 12 dans ce canal — /sahel alerte liste les montre",
        "pas de digest 12 dans ce canal — /sahel resume desabonner sans numéro les liste",
        "pas de flux « nope » dans la liste — /sahel flux liste les montre",
        "l'alerte 3 vient de config/subscriptions.yaml ; modifiez ce fichier pour la retirer",
        "le digest 4 vient de config/subscriptions.yaml ; modifiez ce fichier pour le retirer",
        "le flux rfi-en vient de config/feeds.yaml ; modifiez ce fichier pour le retirer",
        "ce canal n'a pas de digest — /sahel resume abonner en ajoute un",
        "ce canal a plusieurs digests (#4, #7) : précisez lequel, par exemple /sahel resume desabonner 4",
        "impossible d'ajouter http://10.0.0.5/rss : refusé : 10.0.0.5 est une adresse privée ou réservée (les adresses privées demandent ALLOW_PRIVATE_FEEDS=true)",
        "impossible d'ajouter https://example.org/ : le site répond 404 : adresse introuvable",
        "https://rfi.example/rss est déjà suivi : flux rfi-en (RFI, de la configuration)",
      ]
    `);
  });
});
