import { describe, expect, it } from 'vitest';
import { isErrorReply } from '../../../commands/dispatch-reply.js';
import { createHelpCommand } from '../../../commands/help.js';
import { newsCommand } from '../../../commands/news.js';
import { timelineCommand } from '../../../commands/timeline.js';
import { renderText } from '../../../src/platforms/console/render-text.js';
import type { CommandDefinition } from '../../../src/core/command.js';
import { makeContext } from '../../fakes/command-context.js';
import { fixtureConfig, testCommands } from './dispatch-fixtures.js';

let commands: readonly CommandDefinition[] = testCommands;
const help = createHelpCommand(() => commands);
const context = makeContext(fixtureConfig);

async function helpText(topic?: string, locale: 'en' | 'fr' = 'en'): Promise<string> {
  const message = await help.handle(topic === undefined ? {} : { topic }, { ...context, locale });
  return renderText(message);
}

describe('help', () => {
  it('lists every command once, grouped by top-level command, admin commands marked', async () => {
    expect(await helpText()).toMatchInlineSnapshot(`
      "Commands
      ========
      Options are typed name:value (quote values with spaces); bare text fills <…>.

      /mali · /burkina · /niger
      =========================
      For each country

      - /mali timeline [from:…] [to:…] [entity:…] — Key events
      - /mali fact [id] — A fact card
          e.g. /mali fact jnim

      /sahel
      ======
      Search, stories, alerts, feeds, digests and help for the whole region

      - /sahel search <query> [since:…] [limit:…] [loose:…] [sort:…] — Search stored items
          e.g. /sahel search wagner convoy
      - /sahel alert add <query> — Add an alert (admin)
      - /sahel alert list — List alerts (admin)
      - /sahel boom — Always fails"
    `);
  });

  it('answers in French', async () => {
    const text = await helpText(undefined, 'fr');
    expect(text).toContain('Pour chaque pays');
    // Command paths, options and examples take their French names where they have one.
    expect(text).toContain('- /sahel alerte add <query> — Add an alert (fr) (admin)');
    expect(text).toContain('- /mali timeline [depuis:…] [to:…] [entity:…] — Key events (fr)');
    expect(text).toContain('ex. /mali fiche jnim');
  });

  it('narrows to a group, a command (by its French name too) or a top-level command', async () => {
    expect(await helpText('alert')).toContain('/sahel alert add <query>');
    expect(await helpText('alert')).not.toContain('search');
    expect(await helpText('alerte')).toContain('/sahel alert list');
    const add = await helpText('alert  add');
    expect(add).toContain('- /sahel alert add <query> — Add an alert (admin)');
    expect(add).not.toContain('alert list');
    expect(await helpText('fiche')).toContain('- /mali fact [id] — A fact card');
    expect(await helpText('fiche')).not.toContain('timeline');
    const burkina = await helpText('/burkina');
    expect(burkina).toContain('- /burkina timeline [from:…] [to:…] [entity:…]');
    expect(burkina).not.toContain('/sahel');
  });

  it('takes a command as it is typed, top-level name included', async () => {
    expect(await helpText('/mali timeline')).toBe(await helpText('timeline'));
    expect(await helpText('sahel alert')).toBe(await helpText('alert'));
  });

  it('answers an unknown topic with a suggestion', async () => {
    const message = await help.handle({ topic: 'alrt' }, context);
    expect(isErrorReply(message)).toBe(true);
    expect(message.fallback).toBe('no help on "alrt" — did you mean "alert"?');
  });

  it('answers an unknown topic in French for a French reader', async () => {
    const fr = await help.handle({ topic: 'alrt' }, { ...context, locale: 'fr' });
    expect(fr.fallback).toBe('pas d’aide sur « alrt » — vouliez-vous dire « alerte » ?');
    const none = await help.handle({ topic: 'zzzzzz' }, { ...context, locale: 'fr' });
    expect(none.fallback).toMatch(/^pas d’aide sur « zzzzzz » — essayez mali, /);
  });

  it('reads the command list at every call, so it never goes stale', async () => {
    commands = [...testCommands, { ...help, name: 'later', scope: 'sahel' }];
    expect(await helpText()).toContain('/sahel later [topic]');
    commands = testCommands;
  });

  it('shows news since: as a named option, as its examples type it, and where the latest timeline events are', async () => {
    commands = [timelineCommand, newsCommand];
    // Long lines wrap: read them whole.
    const en = (await helpText()).replace(/\s*\n\s+/g, ' ');
    const fr = (await helpText(undefined, 'fr')).replace(/\s*\n\s+/g, ' ');
    commands = testCommands;
    expect(en).toContain('- /mali news [since:…] [tag:…] [limit:…] — ');
    expect(fr).toContain('- /mali actus [depuis:…] [tag:…] [nombre:…] — ');
    expect(en).toContain(
      '- /mali timeline [from:…] [to:…] [entity:…] — Key events: page 1 holds the latest; each page runs oldest to newest',
    );
    expect(fr).toContain(
      'Les événements clés : la page 1 a les plus récents ; chaque page va du plus ancien au plus récent',
    );
  });
});
