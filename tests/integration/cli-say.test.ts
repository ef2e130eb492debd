import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startFeedServer, type FeedServer } from '../fakes/feed-server.js';
import { execCli, type CliRun } from './cli-fixture.js';
import { rss } from './poll/poll-harness.js';

const DEFAULT_CONFIG = fileURLToPath(new URL('../../config/', import.meta.url));
const XML = { 'content-type': 'application/rss+xml' };

let server: FeedServer;
let dir: string;

/** Runs the program over the test's config folder and database, with no token set. */
function cli(...args: string[]): Promise<CliRun> {
  return execCli(['--config', dir, '--db', join(dir, 'test.db'), ...args], {
    PATH: process.env['PATH'] ?? '',
    LOG_LEVEL: 'warn',
  });
}

const say = (line: string, ...options: string[]): Promise<CliRun> => cli('say', line, ...options);

beforeEach(async () => {
  server = await startFeedServer({ '/wire.xml': { headers: XML, body: rss([], 'Wire') } });
  dir = mkdtempSync(join(tmpdir(), 'sahel-say-'));
  for (const file of ['watchlist.yaml', 'facts.yaml', 'timeline.yaml', 'settings.yaml']) {
    copyFileSync(join(DEFAULT_CONFIG, file), join(dir, file));
  }
  writeFileSync(
    join(dir, 'feeds.yaml'),
    `feeds:\n  - id: wire\n    url: ${server.url('/wire.xml')}\n    name: Sahel Wire\n    language: en\n`,
  );
});
afterEach(async () => {
  await server.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('sahel-digest say', () => {
  it('prints the answer and the command line of each button, and exits 0', async () => {
    const run = await say('/mali timeline from:2010');
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
    expect(run.stdout).toMatch(/^Timeline: Mali\n=+\nfrom 2010\n/);
    expect(run.stdout).toMatch(
      /Page 1 of \d+, \d+ events; page 1 is the latest\.\n\[Next page\] \/mali timeline from:2010 page:2\n$/,
    );
    const next = await say('/mali timeline from:2010 page:2');
    expect(next.stdout).toContain('[Previous page] /mali timeline from:2010\n');
  });

  it('answers in French with --locale fr, each button as the French line it runs', async () => {
    const run = await say('/burkina timeline', '--locale', 'fr');
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^Chronologie : Burkina Faso\n/);
    expect(run.stdout).toMatch(/\n\[Page suivante\] \/burkina chronologie page:2\n$/);
    const next = await say('/burkina chronologie page:2', '--locale', 'fr');
    expect(next.stdout).toContain('[Page précédente] /burkina chronologie\n');
  });

  it('exits 1 with the one-line reason on stderr for bad input', async () => {
    const typo = await say('/mali timline');
    expect(typo).toEqual({
      code: 1,
      stdout: '',
      stderr: 'unknown command "timline" — did you mean "timeline"?\n',
    });
    const option = await say('/mali timeline form:2023');
    expect(option.code).toBe(1);
    expect(option.stderr).toMatch(
      /^unknown option "form" — did you mean "from"\? Usage: \/mali timeline \[from:…\]/,
    );
    expect(option.stderr.split('\n')).toHaveLength(2);
  });

  it('exits 1 when the handler refuses the input', async () => {
    const run = await say('/mali timeline entity:jnimm');
    expect(run).toEqual({
      code: 1,
      stdout: '',
      stderr: 'unknown entity "jnimm" — did you mean jnim?\n',
    });
  });

  it('acts on the same store as once and run: an alert made with say is delivered to the console', async () => {
    const added = await say('/sahel alert add Kidal');
    expect(added.code).toBe(0);
    expect(added.stdout).toMatch(/^Alert #\d+ added: Kidal\n/);
    const seeded = await cli('once');
    expect(seeded.code).toBe(0);
    const now = new Date().toUTCString();
    server.route('/wire.xml', {
      headers: XML,
      body: rss(
        [
          {
            guid: 'k1',
            title: 'Drone strike near Kidal in northern Mali',
            link: 'https://wire.example/k1',
            pubDate: now,
          },
        ],
        'Wire',
      ),
    });
    const polled = await cli('once');
    expect(polled.code).toBe(0);
    // The console prints the alert under the console channel's header, with the query it matched.
    expect(polled.stdout).toMatch(
      /── #console \(console-\d+\) ─+\nSahel alert\n=+\nMatches: Kidal\n\n\* Drone strike near Kidal in northern Mali\n/,
    );
    expect(polled.stdout).toMatch(/delivery: [1-9]\d* sent, 0 failed/);
    const listed = await say('/sahel alert list');
    expect(listed.stdout).toContain('Kidal');
  }, 90_000);

  it('names a config file by its folder and name, never by the server path', async () => {
    const shown = `${basename(dir)}/`;
    const list = await say('/sahel feeds list');
    expect(list.stdout).toContain(`en · ${shown}feeds.yaml`);
    const remove = await say('/sahel feeds remove wire');
    expect(remove.stderr).toContain(`comes from ${shown}feeds.yaml;`);
    const settings = await say('/sahel settings');
    expect(settings.stdout).toContain(`from ${shown}settings.yaml`);
    const french = await say('/sahel settings', '--locale', 'fr');
    expect(french.stdout).toContain(`vient de ${shown}settings.yaml`);
    for (const run of [list, remove, settings, french]) {
      expect(run.stdout + run.stderr).not.toContain(dir);
    }
  });
});
