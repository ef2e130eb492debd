import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));

interface Run {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs `sahel-digest …` as a user would, with the default config, feeding `input` on stdin. */
function cli(args: readonly string[], input = ''): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['bin/sahel-digest.js', ...args], { cwd: root, stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(input);
  });
}

describe('sahel-digest match', () => {
  it('prints one JSON line for TEXT: relevant, the entities that make it so, topics apart, every match', async () => {
    const run = await cli(['match', '--config', 'config', 'Le', 'GSIM', 'attaque', 'Kidal']);
    expect(run.code).toBe(0);
    expect(run.stdout.split('\n')).toHaveLength(2);
    expect(JSON.parse(run.stdout)).toEqual({
      id: 'text',
      relevant: true,
      entities: ['jnim', 'kidal', 'mali'],
      topics: ['attack'],
      matches: [
        { entity: 'jnim', alias: 'GSIM', field: 'title', start: 3, end: 7 },
        { entity: 'attack', alias: 'attaqu*', field: 'title', start: 8, end: 15 },
        { entity: 'kidal', alias: 'Kidal', field: 'title', start: 16, end: 21 },
        { entity: 'mali', alias: 'Kidal', field: 'title', start: 16, end: 21 },
      ],
    });
  }, 30_000);

  it('reads JSON Lines from stdin, reports a bad line with its number, and matches the rest', async () => {
    const input = [
      JSON.stringify({ id: 'a', title: 'Niger junta meets ECOWAS', summary: 'Talks in Niamey.' }),
      '{"id": "b", "title": ',
      JSON.stringify({ id: 'c', title: 'Nigeria floods', summary: 'Niger State hit.' }),
      JSON.stringify({ id: 'd', summary: 42 }),
    ].join('\n');
    const run = await cli(['match', '--json'], input);
    expect(run.code).toBe(1);
    const lines = run.stdout.trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines.map((l) => [l['id'], l['relevant'], l['entities'], l['topics']])).toEqual([
      ['a', true, ['niger', 'ecowas'], ['diplomacy']],
      ['c', false, [], []],
    ]);
    expect(lines.map((l) => Object.keys(l))).toEqual([
      ['id', 'relevant', 'entities', 'topics', 'matches'],
      ['id', 'relevant', 'entities', 'topics', 'matches'],
    ]);
    expect(run.stderr).toMatch(/^stdin:2: not valid JSON \(.+\)\nstdin:4: "summary" must be a string\n$/);
  }, 30_000);

  it('explains matches and near misses with --explain', async () => {
    const run = await cli(['match', '--explain', 'Nigeria: Niger State governor meets Goïta']);
    expect(run.code).toBe(0);
    const lines = run.stdout.split('\n');
    expect(lines.slice(0, 3)).toEqual([
      'text: relevant: assimi-goita',
      '  assimi-goita ← "Goïta" in title [36–41]',
      '  niger ✗ "Niger" vetoed: excludes "Nigeria"',
    ]);
    expect(lines.slice(3, -1).every((line) => line.startsWith('  niger ✗ "Niger" vetoed: excludes "Niger State'))).toBe(true);
    expect(lines.at(-1)).toBe('');
  }, 30_000);

  it('does not call an item relevant for a topic or a context-only state alone, and says why', async () => {
    const input = [
      JSON.stringify({ id: 'sudan', title: 'Gunmen attack a village in Sudan' }),
      JSON.stringify({ id: 'paris', title: 'Russia and France trade barbs over the Sahel' }),
    ].join('\n');
    const json = await cli(['match'], input);
    const lines = json.stdout.trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines.map((l) => [l['id'], l['relevant'], l['entities'], l['topics']])).toEqual([
      ['sudan', false, [], ['attack']],
      ['paris', false, [], []],
    ]);
    expect((lines[1]?.['matches'] as { entity: string }[]).map((m) => m.entity)).toEqual(['russia', 'france']);
    const explained = await cli(['match', '--explain'], input);
    expect(explained.stdout.split('\n').filter((l) => !l.startsWith('  '))).toEqual([
      'sudan: not relevant: only topics (attack), no Sahel actor, place or state',
      'paris: not relevant: only context-only entities (russia, france), no Sahel actor, place or state',
      '',
    ]);
  }, 30_000);

  it('adds the relevance line first to "explain" with --json --explain', async () => {
    const run = await cli(['match', '--json', '--explain', 'Frappe de drone à Kidal']);
    const line = JSON.parse(run.stdout) as { relevant: boolean; explain: string[] };
    expect(line.relevant).toBe(true);
    expect(line.explain[0]).toBe('relevant: kidal, mali; topics: drone-strike');
    expect(line.explain.slice(1)).toContain('kidal ← "Kidal" in title [18–23]');
  }, 30_000);

  it('exits 1 with the config errors when the config folder is wrong', async () => {
    const run = await cli(['match', '--config', 'no-such-dir', 'Mali']);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/no-such-dir/);
    expect(run.stdout).toBe('');
  }, 30_000);
});
