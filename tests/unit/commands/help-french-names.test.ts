import { describe, expect, it } from 'vitest';
import { resolveTarget, targetChannel } from '../../../commands/alert-channel.js';
import { ALL_COMMANDS, createCommandSet } from '../../../commands/index.js';
import { loadConfig } from '../../../src/config/load-config.js';
import type { InvocationContext } from '../../../src/core/command.js';
import { makeContext } from '../../fakes/command-context.js';

const loaded = loadConfig('config');
if (!loaded.ok) throw new Error('config/ does not load');
const config = loaded.value;
const set = createCommandSet(config);
const english: InvocationContext = makeContext(config);
const french: InvocationContext = { ...english, locale: 'fr' };

/** The answer to a typed line, or the parser's one-line refusal, in the context's language. */
async function say(line: string, context: InvocationContext): Promise<string> {
  const parsed = set.parse(line, context.locale);
  if (!parsed.ok) return parsed.error;
  return (await set.run(parsed.value, context)).fallback;
}

describe('French help names the French commands and options', () => {
  it('shows usage lines and examples with the French names', async () => {
    const help = await say('/sahel aide', french);
    expect(help).toContain(
      '/sahel reglages [canal-admin:…] [langue:…] [taille-digest:…] — Canal admin, langue',
    );
    expect(help).toContain(
      'ex. /sahel reglages · /sahel reglages langue:fr taille-digest:5 · /sahel reglages canal-admin:ici',
    );
    expect(help).toContain('/sahel aide [sujet] — ');
    expect(help).toContain('ex. /sahel aide · /sahel aide alerte · /sahel aide mali');
    expect(help).toContain(
      '/sahel alerte ajouter <requete> [ping:…] [silence:…] [max:…] [fuseau:…] [salon:…] — ',
    );
    expect(help).toContain('/mali chronologie [depuis:…] [jusque:…] [entité:…] — ');
    expect(help).not.toMatch(/admin-channel|digest-size|\/sahel settings|\/sahel help/);
  });

  it('keeps English help in English', async () => {
    const help = await say('/sahel help', english);
    expect(help).toContain('/sahel settings [admin-channel:…] [locale:…] [digest-size:…] — ');
    expect(help).toContain('e.g. /sahel settings · /sahel settings locale:fr digest-size:5');
    expect(help).not.toMatch(/canal-admin|reglages|requete/);
  });

  it('gives French examples that parse to the same command as the English ones', async () => {
    const lines = (await say('/sahel aide', french))
      .split('\n')
      .filter((l) => l.startsWith('    ex. '))
      .flatMap((l) => l.slice('    ex. '.length).split(' · '));
    expect(lines.length).toBeGreaterThan(20);
    for (const line of lines) {
      const parsed = set.parse(line, 'fr');
      expect(parsed.ok, `${line}: ${parsed.ok ? '' : parsed.error}`).toBe(true);
    }
    const named = ALL_COMMANDS.flatMap((c) => c.options.filter((o) => o.nameFr !== undefined));
    expect(named.length).toBeGreaterThan(5);
  });
});

describe('usage lines and option errors in the language of the reply', () => {
  it('names the French options in a French reply, whichever names were typed', async () => {
    expect(await say('/sahel recherche depuis:7d', french)).toBe(
      'il manque requete — usage : /sahel recherche <requete> [depuis:…] [tri:…]',
    );
    expect(await say('/sahel settings digest-size:99', french)).toBe(
      'taille-digest doit aller de 1 à 50 (reçu 99) — usage : /sahel reglages [canal-admin:…] [langue:…] [taille-digest:…]',
    );
    expect(await say('/sahel alerte ajouter requete:x query:y', french)).toBe(
      'requete est donné deux fois — usage : /sahel alerte ajouter <requete> [ping:…] [silence:…] [max:…] [fuseau:…] [salon:…]',
    );
    expect(await say('/mali actus nombre:abc', french)).toMatch(
      /^« abc » n’est pas un nombre pour nombre — usage : \/mali actus /,
    );
  });

  it('checks arguments sent already split (Discord) in the reply language too', async () => {
    const answer = await set.run(
      { top: 'sahel', name: 'settings', args: { 'digest-size': 0 } },
      french,
    );
    expect(answer.fallback).toBe(
      'taille-digest doit aller de 1 à 50 (reçu 0) — usage : /sahel reglages [canal-admin:…] [langue:…] [taille-digest:…]',
    );
  });

  it('names the English options in an English reply, even when French ones were typed', async () => {
    expect(await say('/sahel recherche depuis:7d', english)).toBe(
      'missing query — usage: /sahel search <query> [since:…] [sort:…]',
    );
    expect(await say('/sahel reglages taille-digest:99', english)).toBe(
      'digest-size must be from 1 to 50 (got 99) — usage: /sahel settings [admin-channel:…] [locale:…] [digest-size:…]',
    );
  });
});

describe('admin refusals name the command as the reader types it', () => {
  it('gives the French path in French and the English one in English', async () => {
    const member = { userId: 'u1', admin: false };
    const fr = await set.run(
      { top: 'sahel', group: 'alert', name: 'list', args: {} },
      { ...french, requester: member },
    );
    expect(fr.fallback).toBe(
      'seuls les administrateurs du serveur peuvent modifier les alertes (/sahel alerte liste)',
    );
    const en = await set.run(
      { top: 'sahel', group: 'alert', name: 'list', args: {} },
      { ...english, requester: member },
    );
    expect(en.fallback).toBe('only server admins can change alerts (/sahel alert list)');
  });
});

describe('French channel refusals', () => {
  it('names the option in French, with a space before the colon', async () => {
    const fr = makeContext(config, {
      locale: 'fr',
      platform: 'discord',
      channel: '12000000000000000',
    });
    expect(targetChannel({ channel: 'x' }, fr)).toEqual({
      refusal:
        'salon : « x » n’est pas un salon — choisissez-en un dans l’option salon, ou donnez <#id> ou l’id du salon',
    });
    const en = makeContext(config, { platform: 'discord', channel: '12000000000000000' });
    expect(targetChannel({ channel: 'x' }, en)).toEqual({
      refusal:
        'channel: "x" is not a channel — pick one in the channel option, or give <#id> or the channel id',
    });
    expect(await resolveTarget({ channel: '12000000000000099' }, fr)).toEqual({
      refusal: 'salon : #12000000000000099 n’est pas un salon de ce serveur — choisissez-en un',
    });
  });
});
