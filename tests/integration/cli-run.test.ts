import { spawn } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startFeedServer, type FeedServer } from '../fakes/feed-server.js';
import { entries, rss } from './poll/poll-harness.js';

const BIN = fileURLToPath(new URL('../../bin/sahel-digest.js', import.meta.url));
const DEFAULT_CONFIG = fileURLToPath(new URL('../../config/', import.meta.url));
const XML = { 'content-type': 'application/rss+xml' };

let server: FeedServer;
let dir: string;

beforeEach(async () => {
  server = await startFeedServer({ '/a.xml': { headers: XML, body: rss(entries('a', 2)) } });
  dir = mkdtempSync(join(tmpdir(), 'sahel-run-'));
  for (const file of ['watchlist.yaml', 'facts.yaml', 'timeline.yaml']) copyFileSync(join(DEFAULT_CONFIG, file), join(dir, file));
  // Tick every second and poll every second, so the test sees two cycles quickly.
  const settings = readFileSync(join(DEFAULT_CONFIG, 'settings.yaml'), 'utf8').replace(/tick: '[^']*'/, "tick: '* * * * * *'");
  writeFileSync(join(dir, 'settings.yaml'), settings);
  writeFileSync(join(dir, 'feeds.yaml'), `feeds:\n  - id: outlet-a\n    url: ${server.url('/a.xml')}\n    name: Outlet A\n    language: en\n    interval: 1s\n`);
});
afterEach(async () => {
  await server.close();
  rmSync(dir, { recursive: true, force: true });
});

/** Starts `sahel-digest run` on the temp config with stdio piped, as systemd or docker would. */
function startRun(env: Record<string, string>) {
  const child = spawn(process.execPath, [BIN, '--config', dir, '--db', join(dir, 'run.db'), 'run'], {
    env: { ...process.env, DISCORD_TOKEN: '', SLACK_BOT_TOKEN: '', LOG_FORMAT: '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const out = { stdout: '', stderr: '' };
  child.stdout.on('data', (chunk: Buffer) => (out.stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (out.stderr += chunk.toString()));
  const waitFor = async (stream: 'stdout' | 'stderr', pattern: RegExp): Promise<void> => {
    for (let i = 0; i < 200 && !pattern.test(out[stream]); i += 1) await new Promise((r) => setTimeout(r, 50));
    expect(out[stream]).toMatch(pattern);
  };
  const stop = async (): Promise<number | null> => {
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    child.kill('SIGTERM');
    return exited;
  };
  return { out, waitFor, stop };
}

describe('sahel-digest run', () => {
  it('polls on the scheduler tick, prints new items, and stops cleanly on SIGTERM', async () => {
    const run = startRun({ LOG_LEVEL: 'silent' });
    await run.waitFor('stdout', /seeded/);
    server.route('/a.xml', { headers: XML, body: rss([...entries('a', 2), { guid: 'a-new', title: 'Talks in Niamey' }]) });
    await run.waitFor('stdout', /\[Outlet A\] Talks in Niamey/);
    expect(await run.stop()).toBe(0);
    expect(run.out.stdout).toMatch(/SIGTERM: stopping after the current cycle\n$/);
    expect(run.out.stdout.match(/Talks in Niamey/g)).toHaveLength(1);
  }, 30_000);

  it('starts by saying what it polls, where the database is, where it posts, and how to connect Discord or Slack', async () => {
    const run = startRun({ LOG_LEVEL: 'silent' });
    await run.waitFor('stdout', /Ctrl-C stops\n/);
    expect(await run.stop()).toBe(0);
    const lines = run.out.stdout.split('\n');
    expect(lines.slice(0, 3)).toEqual([
      'polling 1 feed (tick "* * * * * *"): Outlet A',
      `database: ${join(dir, 'run.db')}`,
      'platforms: console (no Discord or Slack token set: digests and alerts print here)',
    ]);
    expect(lines[3]).toMatch(/^to post to Discord: set DISCORD_TOKEN .*`sahel-digest discord register`/);
    expect(lines[4]).toMatch(/^to post to Slack: run `sahel-digest slack manifest`.* set SLACK_BOT_TOKEN and SLACK_APP_TOKEN/);
  }, 30_000);

  it('logs JSON lines to a pipe, and readable lines when LOG_FORMAT is pretty', async () => {
    const json = startRun({ LOG_LEVEL: 'info' });
    await json.waitFor('stderr', /"msg":"started"/);
    expect(await json.stop()).toBe(0);
    const records = json.out.stderr.trim().split('\n').map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(records.find((r) => r['msg'] === 'started')).toMatchObject({ level: 30, app: 'sahel-digest', feeds: 1, database: join(dir, 'run.db'), platforms: ['console'] });

    const pretty = startRun({ LOG_LEVEL: 'info', LOG_FORMAT: 'pretty' });
    await pretty.waitFor('stderr', /started/);
    expect(await pretty.stop()).toBe(0);
    expect(pretty.out.stderr).toMatch(new RegExp(`^\\d\\d:\\d\\d:\\d\\d INFO  started  feeds=1 database=${join(dir, 'run.db')} platforms=\\["console"\\]$`, 'm'));
    expect(pretty.out.stderr).not.toContain('\u001b[');
    expect(pretty.out.stderr).not.toMatch(/^\{/m);
  }, 30_000);
});
