import { describe, expect, it } from 'vitest';
import { describeAdminFailure } from '../../../commands/admin-failure.js';
import { formatDay, formatMoment } from '../../../commands/format-moment.js';
import { parseSince } from '../../../commands/parse-since.js';
import { commandErrorIn } from '../../../commands/command-error-fr.js';

describe('French answers a French admin trips on', () => {
  it('says how many cron fields were expected in French, and keeps the English reason', () => {
    const failure = {
      code: 'bad-cron',
      cron: 'bad cron',
      reason: 'expected 5 or 6 fields but got 2',
    } as const;
    expect(describeAdminFailure(failure, 'fr')).toBe(
      'expression cron invalide « bad cron » : 5 ou 6 champs attendus, 2 reçus — cinq champs, par exemple « 0 8 * * * » (minute heure jour mois jour-de-semaine)',
    );
    expect(describeAdminFailure(failure, 'en')).toContain(': expected 5 or 6 fields but got 2 —');
  });

  it('gives the reasons a typed feed address causes in French, and technical ones as they are', () => {
    const failed = (reason: string) =>
      describeAdminFailure({ code: 'feed-failed', url: 'notaurl', reason, refused: false }, 'fr');
    expect(failed('not a valid URL: "notaurl"')).toBe(
      "impossible d'ajouter notaurl : ce n'est pas une adresse web : « notaurl »",
    );
    expect(failed('refused: only http and https feeds are allowed, not ftp:')).toBe(
      "impossible d'ajouter notaurl : refusé : seuls les flux http et https sont acceptés, pas ftp:",
    );
    expect(failed('DNS: host not found (nowhere.example)')).toBe(
      "impossible d'ajouter notaurl : DNS : hôte introuvable (nowhere.example)",
    );
    expect(failed('HTTP 404')).toBe(
      "impossible d'ajouter notaurl : le site répond 404 : adresse introuvable",
    );
    expect(
      failed('refused: feeds.example resolves to a private or reserved address (10.1.2.3)'),
    ).toBe(
      "impossible d'ajouter notaurl : refusé : feeds.example mène à une adresse privée ou réservée (10.1.2.3)",
    );
    expect(
      describeAdminFailure(
        {
          code: 'feed-failed',
          url: 'notaurl',
          reason: 'not a valid URL: "notaurl"',
          refused: false,
        },
        'en',
      ),
    ).toBe('cannot add notaurl: not a valid URL: "notaurl"');
  });

  it('writes the first of a month as 1er in French only', () => {
    const first = Date.parse('2026-11-01T09:30:00Z');
    expect(formatDay(first, 'fr')).toBe('1er nov. 2026');
    expect(formatMoment(first, 'fr')).toBe('1er nov. 2026, 09:30 UTC');
    expect(formatDay(first, 'en')).toBe('1 Nov 2026');
    expect(formatDay(Date.parse('2026-11-02T00:00:00Z'), 'fr')).toBe('2 nov. 2026');
  });
});

describe('since: in French', () => {
  const NOW = Date.parse('2026-12-06T12:00:00Z');

  it('reads weeks as French writes them (2sem), as it reads days (3j)', () => {
    expect(parseSince('2sem', NOW, 'fr')).toEqual({ ok: true, value: NOW - 14 * 86_400_000 });
    expect(parseSince('2w', NOW, 'fr')).toEqual({ ok: true, value: NOW - 14 * 86_400_000 });
    expect(parseSince('2 sem', NOW, 'fr')).toEqual({ ok: true, value: NOW - 14 * 86_400_000 });
    expect(parseSince('2semaines', NOW, 'fr')).toEqual({
      ok: false,
      error:
        'depuis « 2semaines » invalide : une durée comme 24h, 3j ou 2sem, ou une date comme 2026-11-20',
    });
  });
});

describe('a value outside its choices, in French', () => {
  it('names the option, then the choices', () => {
    expect(commandErrorIn('"true" is not one of skip, notice for empty', 'fr')).toBe(
      '« true » ne convient pas pour empty : choisissez parmi skip, notice',
    );
  });
});
