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

describe('sahel-digest run', () => {
  it('polls on the scheduler tick, prints new items, and stops cleanly on SIGTERM', async () => {
    const child = spawn(process.execPath, [BIN, '--config', dir, '--db', join(dir, 'run.db'), 'run'], {
      env: { ...process.env, LOG_LEVEL: 'silent', DISCORD_TOKEN: '', SLACK_BOT_TOKEN: '' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
    });
    const waitFor = async (pattern: RegExp): Promise<void> => {
      for (let i = 0; i < 200 && !pattern.test(stdout); i += 1) await new Promise((r) => setTimeout(r, 50));
      expect(stdout).toMatch(pattern);
    };
    await waitFor(/seeded/);
    server.route('/a.xml', { headers: XML, body: rss([...entries('a', 2), { guid: 'a-new', title: 'Talks in Niamey' }]) });
    await waitFor(/\[Outlet A\] Talks in Niamey/);
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
    expect(stdout).toMatch(/^no Discord or Slack token set: console mode\npolling 1 feeds/);
    expect(stdout).toMatch(/SIGTERM: stopping after the current cycle\n$/);
    expect(stdout.match(/Talks in Niamey/g)).toHaveLength(1);
  }, 30_000);
});
