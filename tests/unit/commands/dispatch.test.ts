import { describe, expect, it } from 'vitest';
import { createDispatcher, redactUrls } from '../../../commands/dispatch.js';
import { isErrorReply } from '../../../commands/dispatch-reply.js';
import type { InvocationContext } from '../../../src/core/command.js';
import type { Logger } from '../../../src/core/ports.js';
import { makeContext } from '../../fakes/command-context.js';
import { fixtureConfig, testCommands } from './dispatch-fixtures.js';

/** A logger that keeps what it was given. */
function recordingLogger(): Logger & { readonly lines: { msg: string; meta: unknown }[] } {
  const lines: { msg: string; meta: unknown }[] = [];
  const record = (msg: string, meta?: Record<string, unknown>): void => {
    lines.push({ msg, meta });
  };
  const logger = {
    lines,
    debug: record,
    info: record,
    warn: record,
    error: record,
    child: () => logger,
  };
  return logger;
}

const admin: InvocationContext = makeContext(fixtureConfig);
const member: InvocationContext = { ...admin, requester: { userId: 'u1', admin: false } };

async function say(
  line: string,
  context: InvocationContext = admin,
  logger?: Logger,
): Promise<string> {
  const set = createDispatcher(fixtureConfig, testCommands, logger === undefined ? {} : { logger });
  const parsed = set.parse(line);
  if (!parsed.ok) throw new Error(parsed.error);
  return (await set.run(parsed.value, context)).fallback;
}

describe('createDispatcher', () => {
  const set = createDispatcher(fixtureConfig, testCommands);

  it('builds a top-level command per configured country, then /sahel', () => {
    expect(set.tops.map((t) => `${t.name}:${t.country ?? '-'}:${t.commands.length}`)).toEqual([
      'mali:mali:2',
      'burkina:burkina-faso:2',
      'niger:niger:2',
      'sahel:-:4',
    ]);
  });

  it('follows the configured countries, so another region gets its own commands', () => {
    const region = {
      ...fixtureConfig,
      settings: { ...fixtureConfig.settings, countries: [{ entity: 'niger', command: 'niamey' }] },
    };
    const other = createDispatcher(region, testCommands);
    expect(other.tops.map((t) => t.name)).toEqual(['niamey', 'sahel']);
  });

  it('gives a country command its state entity in the context, and /sahel none', async () => {
    expect(await say('/burkina timeline from:2020')).toBe(
      '{"args":{"from":"2020"},"country":"burkina-faso"}',
    );
    expect(await say('/sahel search wagner')).toBe('{"args":{"query":"wagner"}}');
  });

  it('converts arguments sent typed by a platform and checks them again', async () => {
    const ok = await set.run(
      { top: 'sahel', name: 'search', args: { query: ' x ', limit: 3 } },
      admin,
    );
    expect(ok.fallback).toBe('{"args":{"query":"x","limit":3}}');
    const bad = await set.run(
      { top: 'sahel', name: 'search', args: { query: 'x', limit: 99 } },
      admin,
    );
    expect(isErrorReply(bad)).toBe(true);
    expect(bad.fallback).toMatch(/^limit must be from 1 to 50 \(got 99\) — usage: \/sahel search/);
  });

  it('answers an unknown command, unknown option or missing argument with one ephemeral line', async () => {
    const unknown = await set.run({ top: 'sahel', name: 'serch', args: {} }, admin);
    expect(unknown).toEqual({
      blocks: [
        { type: 'text', text: 'unknown command "/sahel serch" — try /sahel help', tone: 'error' },
      ],
      fallback: 'unknown command "/sahel serch" — try /sahel help',
      ephemeral: true,
    });
    const option = await set.run({ top: 'mali', name: 'timeline', args: { form: '2020' } }, admin);
    expect(option.fallback).toBe(
      'unknown option "form" — did you mean "from"? Usage: /mali timeline [from:…] [to:…] [entity:…]',
    );
    const missing = await set.run({ top: 'sahel', group: 'alert', name: 'add', args: {} }, admin);
    expect(missing.fallback).toBe('missing query — usage: /sahel alert add <query>');
  });

  it('words the parser and argument errors in French for a French reader', async () => {
    const fr: InvocationContext = { ...admin, locale: 'fr' };
    const option = await set.run({ top: 'mali', name: 'timeline', args: { form: '2020' } }, fr);
    expect(option.fallback).toBe(
      'option inconnue « form » — vouliez-vous dire « depuis » ? Usage : /mali timeline [depuis:…] [to:…] [entity:…]',
    );
    const missing = await set.run({ top: 'sahel', group: 'alert', name: 'add', args: {} }, fr);
    expect(missing.fallback).toBe('il manque query — usage : /sahel alerte add <query>');
    const parsed = set.parse('/mali timline', 'fr');
    expect(parsed.ok ? 'parsed' : parsed.error).toBe(
      'commande inconnue « timline » — vouliez-vous dire « timeline » ?',
    );
    const english = set.parse('/mali timline');
    expect(english.ok ? 'parsed' : english.error).toBe(
      'unknown command "timline" — did you mean "timeline"?',
    );
    expect((await set.runAction('/mali timline', fr)).fallback).toBe(
      'commande inconnue « timline » — vouliez-vous dire « timeline » ?',
    );
  });

  it('refuses a non-admin an admin command, in their language, without running it', async () => {
    const refused = await set.run(
      { top: 'sahel', group: 'alert', name: 'add', args: { query: 'x' } },
      member,
    );
    expect(isErrorReply(refused)).toBe(true);
    expect(refused.fallback).toBe('only server admins can change alerts (/sahel alert add)');
    const fr = await set.run(
      { top: 'sahel', group: 'alert', name: 'list', args: {} },
      { ...member, locale: 'fr', platform: 'slack' },
    );
    expect(fr.fallback).toBe(
      "seuls les administrateurs de l'espace de travail peuvent modifier les alertes (/sahel alerte list)",
    );
    expect(await say('/sahel alert add x')).toBe('{"args":{"query":"x"}}');
  });

  it('lets a non-admin run the read commands', async () => {
    expect(await say('/mali fact jnim', member)).toBe('{"args":{"id":"jnim"},"country":"mali"}');
  });

  it('answers a handler that throws with one ephemeral line and logs no secret', async () => {
    const logger = recordingLogger();
    const set = createDispatcher(fixtureConfig, testCommands, { logger });
    const message = await set.run({ top: 'sahel', name: 'boom', args: {} }, admin);
    expect(message).toEqual({
      blocks: [
        {
          type: 'text',
          text: '/sahel boom failed: internal error — the details are in the log',
          tone: 'error',
        },
      ],
      fallback: '/sahel boom failed: internal error — the details are in the log',
      ephemeral: true,
    });
    expect(logger.lines).toEqual([
      {
        msg: 'command failed',
        meta: {
          command: '/sahel boom',
          platform: 'console',
          error: 'Error',
          message: 'database locked at https://db.example/…',
        },
      },
    ]);
    expect(JSON.stringify(logger.lines)).not.toContain('secret');
  });

  it('runs an action id as the command line it is', async () => {
    const message = await set.runAction('/niger timeline from:2021 to:2022', admin);
    expect(message.fallback).toBe('{"args":{"from":"2021","to":"2022"},"country":"niger"}');
    const bad = await set.runAction('/niger timeline form:2021', admin);
    expect(isErrorReply(bad)).toBe(true);
  });
});

describe('redactUrls', () => {
  it('keeps only the scheme and host of every URL', () => {
    expect(redactUrls('GET http://a.example:8080/feed?key=1 then https://u:p@b.example')).toBe(
      'GET http://a.example:8080/… then https://b.example/…',
    );
  });
});
