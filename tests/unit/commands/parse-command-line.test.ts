import { describe, expect, it } from 'vitest';
import { buildTopCommands } from '../../../commands/dispatch-tops.js';
import { createHelpCommand } from '../../../commands/help.js';
import { createCommandSet } from '../../../commands/index.js';
import { loadConfig } from '../../../src/config/load-config.js';
import { formatCommandLine, parseCommandLine } from '../../../commands/parse-command-line.js';
import type { CommandDefinition, Invocation } from '../../../src/core/command.js';
import { fixtureConfig, testCommands } from './dispatch-fixtures.js';

const commands: readonly CommandDefinition[] = [...testCommands, createHelpCommand(() => commands)];
const tops = buildTopCommands(fixtureConfig, commands);

function parsed(line: string): Invocation {
  const result = parseCommandLine(line, tops);
  if (!result.ok) throw new Error(result.error);
  return result.value;
}

function error(line: string): string {
  const result = parseCommandLine(line, tops);
  if (result.ok) throw new Error(`expected an error for ${line}`);
  return result.error;
}

describe('parseCommandLine', () => {
  it('reads a country command with named options', () => {
    expect(parsed('/mali timeline from:2023 entity:jnim')).toEqual({
      top: 'mali',
      name: 'timeline',
      args: { from: '2023', entity: 'jnim' },
    });
  });

  it('reads a grouped command with a quoted value holding spaces and parentheses', () => {
    expect(parsed('/sahel alert add query:"Kidal AND (attack OR drone)"')).toEqual({
      top: 'sahel',
      group: 'alert',
      name: 'add',
      args: { query: 'Kidal AND (attack OR drone)' },
    });
  });

  it('unescapes quotes and backslashes inside a quoted value', () => {
    expect(parsed('/sahel search query:"say \\"junta\\" or C:\\\\x"').args).toEqual({
      query: 'say "junta" or C:\\x',
    });
  });

  it('fills the main option with the bare trailing text, as typed', () => {
    expect(parsed('/sahel search wagner convoy').args).toEqual({ query: 'wagner convoy' });
    expect(parsed('/sahel alert add Kidal AND drone').args).toEqual({ query: 'Kidal AND drone' });
    expect(parsed('/mali fact jnim').args).toEqual({ id: 'jnim' });
    expect(parsed('/sahel search "convoy attack" wagner since:2026-01-01').args).toEqual({
      query: '"convoy attack" wagner',
      since: '2026-01-01',
    });
  });

  it('leaves a field of the query language in the free text of the main option', () => {
    expect(parsed('/sahel search wagner entity:jnim since:7d lang:"fr"').args).toEqual({
      query: 'wagner entity:jnim lang:"fr"',
      since: '7d',
    });
    expect(parsed('/sahel alert add country:mali AND drone').args).toEqual({
      query: 'country:mali AND drone',
    });
  });

  it('still refuses an unknown option where the main option is an id', () => {
    expect(error('/mali fact jnim lang:fr')).toBe('unknown option "lang" — usage: /mali fact [id]');
  });

  it('reads a bare URL as text, not as an option named after its scheme', () => {
    expect(parsed('/sahel search https://example.org/a?b=c').args).toEqual({
      query: 'https://example.org/a?b=c',
    });
    expect(parsed('/sahel search query:http://x.example').args).toEqual({
      query: 'http://x.example',
    });
  });

  it('unquotes a main option typed as one quoted word', () => {
    expect(parsed('/sahel alert add "Kidal AND drone"').args).toEqual({ query: 'Kidal AND drone' });
  });

  it('accepts French command and option names, with or without accents, in any case', () => {
    expect(parsed('/mali fiche jnim')).toMatchObject({ name: 'fact', args: { id: 'jnim' } });
    expect(parsed('/sahel Alerte add x')).toMatchObject({ group: 'alert', name: 'add' });
    expect(parsed('/sahel alerte')).toEqual({
      top: 'sahel',
      name: 'help',
      args: { topic: 'alert' },
    });
    expect(parsed('/mali timeline DEPUIS:2020').args).toEqual({ from: '2020' });
    expect(parsed('/sahel search requete:wagner').args).toEqual({ query: 'wagner' });
    expect(parsed('/sahel search requête:wagner').args).toEqual({ query: 'wagner' });
  });

  it('converts integers, booleans and choices', () => {
    expect(parsed('/sahel search x limit:5 loose:oui sort:DATE').args).toEqual({
      query: 'x',
      limit: 5,
      loose: true,
      sort: 'date',
    });
    expect(parsed('/sahel search x loose:no').args).toMatchObject({ loose: false });
  });

  it('takes the leading slash as optional and treats an empty value as absent', () => {
    expect(parsed('mali timeline from:')).toEqual({ top: 'mali', name: 'timeline', args: {} });
  });

  it('answers a top-level command alone, or a group alone, with help about it', () => {
    expect(parsed('/mali')).toEqual({ top: 'sahel', name: 'help', args: { topic: 'mali' } });
    expect(parsed('sahel')).toEqual({ top: 'sahel', name: 'help', args: { topic: 'sahel' } });
    expect(parsed('/sahel alert')).toEqual({
      top: 'sahel',
      name: 'help',
      args: { topic: 'alert' },
    });
  });

  it('suggests the option meant, with the usage', () => {
    expect(error('/mali timeline form:2023')).toBe(
      'unknown option "form" — did you mean "from"? Usage: /mali timeline [from:…] [to:…] [entity:…]',
    );
  });

  it('suggests the command meant', () => {
    expect(error('/mali timline')).toBe('unknown command "timline" — did you mean "timeline"?');
    expect(error('/sahel alert ad x')).toBe('unknown command "ad" — did you mean "add"?');
    expect(error('/mail timeline')).toBe('unknown command "/mail" — did you mean "/mali"?');
    expect(error('/mali zzzzzzzz')).toBe('unknown command "zzzzzzzz" — /mali has timeline, fact');
  });

  it('suggests our word for a sub-command other bots and shells name differently', () => {
    const loaded = loadConfig('config');
    if (!loaded.ok) throw new Error('the default config must load');
    const real = createCommandSet(loaded.value);
    const reason = (line: string) => {
      const parsed = real.parse(line);
      return parsed.ok ? 'parsed' : parsed.error;
    };
    expect(reason('/sahel alert delete 3')).toBe(
      'unknown command "delete" — did you mean "remove"?',
    );
    expect(reason('/sahel alert rm 3')).toBe('unknown command "rm" — did you mean "remove"?');
    expect(reason('/sahel digest delete')).toBe(
      'unknown command "delete" — did you mean "unsubscribe"?',
    );
    expect(reason('/sahel feeds ls')).toBe('unknown command "ls" — did you mean "list"?');
    expect(reason('/sahel alert create Kidal')).toBe(
      'unknown command "create" — did you mean "add"?',
    );
  });

  it('takes the French group names Discord shows French users (alerte, resume, flux) in text too', () => {
    const loaded = loadConfig('config');
    if (!loaded.ok) throw new Error('the default config must load');
    const real = createCommandSet(loaded.value);
    const parsed = (line: string) => {
      const result = real.parse(line);
      return result.ok ? [result.value.group, result.value.name, result.value.args] : result.error;
    };
    expect(parsed('/sahel alerte ajouter Kidal')).toEqual(['alert', 'add', { query: 'Kidal' }]);
    expect(parsed('/sahel resume maintenant')).toEqual(['digest', 'now', {}]);
    expect(parsed('/sahel flux liste')).toEqual(['feeds', 'list', {}]);
    expect(parsed('/sahel alerte reprendre 3')).toEqual(['alert', 'resume', { id: 3 }]);
  });

  it('points to the top-level command that holds a sub-command typed under the wrong one', () => {
    expect(error('/mali search wagner')).toBe('"search" is under /sahel: try /sahel search');
  });

  it('names a missing required argument with the usage', () => {
    expect(error('/sahel search')).toBe(
      'missing query — usage: /sahel search <query> [since:…] [limit:…] [loose:…] [sort:…]',
    );
    expect(error('/sahel alert add')).toBe('missing query — usage: /sahel alert add <query>');
  });

  it('names a value that does not convert', () => {
    expect(error('/sahel search x limit:abc')).toMatch(
      /^"abc" is not a number for limit — usage: /,
    );
    expect(error('/sahel search x limit:2.5')).toMatch(/^"2.5" is not a whole number for limit/);
    expect(error('/sahel search x limit:500')).toMatch(/^limit must be from 1 to 50 \(got 500\)/);
    expect(error('/sahel search x loose:maybe')).toMatch(/^"maybe" is not yes or no for loose/);
    expect(error('/sahel search x sort:dat')).toMatch(
      /^"dat" is not one of relevance, date for sort — did you mean "date"\? Usage: /,
    );
  });

  it('refuses text where a command has no main option, an option given twice, an open quote', () => {
    expect(error('/mali timeline 2023')).toMatch(
      /^unexpected text "2023" — usage: \/mali timeline/,
    );
    expect(error('/mali timeline from:2020 from:2021')).toMatch(/^from is given twice/);
    expect(error('/sahel search wagner query:x')).toMatch(/^query is given twice/);
    expect(error('/sahel search query:"wagner')).toBe('unclosed quote: "wagner');
  });

  it('points a sub-command typed first to a top-level command that holds it', () => {
    expect(error('timeline from:2020')).toBe(
      '"timeline" goes after a top-level command: try /mali timeline',
    );
    expect(error('/alert add x')).toBe('"alert" goes after a top-level command: try /sahel alert');
  });

  it('answers an empty line or an unknown top-level command with what exists', () => {
    expect(error('   ')).toBe('type a command such as /mali … — try /sahel help');
    expect(error('hello there')).toBe(
      'unknown command "/hello" — try /mali, /burkina, /niger, /sahel',
    );
  });
});

describe('formatCommandLine', () => {
  it('writes a line that parses back to the same invocation', () => {
    const invocation: Invocation = {
      top: 'sahel',
      name: 'search',
      args: { query: 'say "junta" \\ (Kidal)', limit: 5, loose: true },
    };
    const line = formatCommandLine(invocation);
    expect(line).toBe('/sahel search query:"say \\"junta\\" \\\\ (Kidal)" limit:5 loose:true');
    expect(parsed(line)).toEqual(invocation);
  });

  it('leaves out absent values and writes the group', () => {
    expect(
      formatCommandLine({
        top: 'sahel',
        group: 'alert',
        name: 'add',
        args: { query: 'x', other: undefined },
      }),
    ).toBe('/sahel alert add query:x');
  });
});

describe('an unknown name:value where the main option is not free text', () => {
  const real = loadConfig('config');
  if (!real.ok) throw new Error('the default config must load');
  const set = createCommandSet(real.value);

  it('is a mistyped option with the nearest name, not a value of news since: or a digest cron', () => {
    const news = set.parse('/mali actus limite:5', 'fr');
    expect(news.ok ? null : news.error).toBe(
      'option inconnue « limite » — vouliez-vous dire « nombre » ? Usage : /mali actus [depuis:…] [tag:…] [nombre:…]',
    );
    const digest = set.parse('/sahel digest subscribe hour:9');
    expect(digest.ok ? null : digest.error).toMatch(/^unknown option "hour" — usage: /);
    // A query still takes the query language's fields.
    expect(set.parse('/sahel search wagner lang:fr')).toMatchObject({
      ok: true,
      value: { args: { query: 'wagner lang:fr' } },
    });
  });
});
