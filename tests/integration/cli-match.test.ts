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
  it('prints one JSON line for TEXT, with entities and matches', async () => {
    const run = await cli(['match', '--config', 'config', 'Le', 'GSIM', 'attaque', 'Kidal']);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual({
      id: 'text',
      entities: ['jnim', 'attack', 'kidal', 'mali'],
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
    const lines = run.stdout.trim().split('\n').map((l) => JSON.parse(l) as { id: string; entities: string[] });
    expect(lines.map((l) => [l.id, l.entities])).toEqual([
      ['a', ['niger', 'ecowas', 'diplomacy']],
      ['c', []],
    ]);
    expect(run.stderr).toMatch(/^stdin:2: not valid JSON \(.+\)\nstdin:4: "summary" must be a string\n$/);
  }, 30_000);

  it('explains matches and near misses with --explain', async () => {
    const run = await cli(['match', '--explain', 'Nigeria: Niger State governor meets Goïta']);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(
      [
        'text: assimi-goita',
        '  assimi-goita ← "Goïta" in title [36–41]',
        '  niger ✗ "Niger" vetoed: excludes "Nigeria"',
        '  niger ✗ "Niger" vetoed: excludes "Niger State"',
        '',
      ].join('\n'),
    );
  }, 30_000);

  it('exits 1 with the config errors when the config folder is wrong', async () => {
    const run = await cli(['match', '--config', 'no-such-dir', 'Mali']);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/no-such-dir/);
    expect(run.stdout).toBe('');
  }, 30_000);
});
