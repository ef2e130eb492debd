import { describe, expect, it } from 'vitest';
import { ALL_COMMANDS, createCommandSet } from '../../../commands/index.js';
import { commandPath } from '../../../commands/dispatch-tops.js';
import { loadConfig } from '../../../src/config/load-config.js';

const loaded = loadConfig('config');
if (!loaded.ok) throw new Error('the default config must load');
const config = loaded.value;
const set = createCommandSet(config);

/** Every example of every command as help shows it: under each country, or under /sahel. */
const examples = ALL_COMMANDS.flatMap((command) =>
  (command.examples ?? []).flatMap((example) => {
    if (example.startsWith('/')) return [{ command, line: example }];
    const tops =
      command.scope === 'country' ? config.settings.countries.map((c) => c.command) : ['sahel'];
    return tops.map((top) => ({ command, line: `/${top} ${example}` }));
  }),
);

describe('ALL_COMMANDS', () => {
  it('gives every command a unique path under its top-level command and both languages', () => {
    const paths = ALL_COMMANDS.map((c) => `${c.scope} ${commandPath(c)}`);
    expect(new Set(paths).size).toBe(paths.length);
    for (const command of ALL_COMMANDS) {
      expect(command.description.en.trim(), commandPath(command)).not.toBe('');
      expect(command.description.fr.trim(), commandPath(command)).not.toBe('');
      if (command.mainOption !== undefined) {
        expect(command.options.map((o) => o.name)).toContain(command.mainOption);
      }
    }
  });

  it('has examples that parse to the command they illustrate', () => {
    expect(examples.length).toBeGreaterThan(ALL_COMMANDS.length);
    for (const { command, line } of examples) {
      const parsed = set.parse(line);
      expect(parsed, line).toMatchObject({
        ok: true,
        value: {
          name: command.name,
          ...(command.group === undefined ? {} : { group: command.group }),
        },
      });
    }
  });
});
