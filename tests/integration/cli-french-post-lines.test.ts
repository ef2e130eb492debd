import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from './cli-fixture.js';
import { startKidalStoryRun, type KidalStoryRun } from './kidal-story-run.js';

/**
 * On the console, as a user runs it: a French and an English alert subscription follow the same
 * story through `sahel-digest once`; the French post's fact commands read as a French reader
 * types them, and typed back with `say` they open the card. `/sahel digest now` asked in French
 * and the `digest --locale fr` command print the same French lines.
 */

let run: KidalStoryRun;

/** The post printed under `#channel`'s header, up to the next header or the delivery line. */
function postIn(printed: string, channel: string): string {
  const start = printed.indexOf(`── #${channel} `);
  expect(start, printed).toBeGreaterThanOrEqual(0);
  const rest = printed.slice(start + 1);
  const end = rest.search(/^(── |delivery: )/m);
  return end < 0 ? rest : rest.slice(0, end);
}

beforeAll(async () => {
  run = await startKidalStoryRun('sahel-fr-lines-', [
    "  - { platform: console, channel: fr-alerts, kind: alert, query: 'Kidal AND attack', locale: fr }",
    "  - { platform: console, channel: en-alerts, kind: alert, query: 'Kidal AND attack', locale: en }",
  ]);
}, 120_000);

afterAll(() => run.close());

describe('French command lines in scheduled posts on the console', () => {
  it('prints a French alert’s fact commands in French and an English one’s in English', () => {
    const french = postIn(run.delivered.stdout, 'fr-alerts');
    expect(french).toContain('Contexte :');
    expect(french).toContain('(/mali fiche kidal)');
    expect(french).toContain('(/mali fiche jnim)');
    expect(french).not.toContain(' fact ');
    const english = postIn(run.delivered.stdout, 'en-alerts');
    expect(english).toContain('(/mali fact kidal)');
    expect(english).not.toContain('fiche');
  });

  it('opens the card when the French line is typed back', async () => {
    const line = /\((\/mali fiche kidal)\)/.exec(postIn(run.delivered.stdout, 'fr-alerts'))?.[1];
    const said = await runCli(run.dir, ['say', line ?? '', '--locale', 'fr']);
    expect(said.code, said.stderr).toBe(0);
    expect(said.stdout).toMatch(/^Kidal\n/);
    expect(said.stdout).toContain('Ville et région du nord du Mali');
  });

  it('posts a digest asked for in French with French fact commands', async () => {
    const asked = await runCli(run.dir, ['say', '/sahel digest now', '--locale', 'fr']);
    expect(asked.code, asked.stderr).toBe(0);
    const digest = postIn((await run.once()).stdout, 'console');
    expect(digest).toContain('Revue de presse Sahel');
    expect(digest).toContain('(/mali fiche kidal)');
    expect(digest).not.toContain(' fact ');
  });

  it('prints digest --locale fr with French fact commands', async () => {
    const printed = await runCli(run.dir, ['digest', '--locale', 'fr']);
    expect(printed.code, printed.stderr).toBe(0);
    expect(printed.stdout).toContain('(/mali fiche kidal)');
    expect(printed.stdout).not.toContain(' fact ');
    const english = await runCli(run.dir, ['digest', '--locale', 'en']);
    expect(english.stdout).toContain('(/mali fact kidal)');
  });
});
