import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFeedServer, type FeedServer } from '../../fakes/feed-server.js';
import { freshRss, makeCliFolder, runCli, type CliRun, type FeedEntry } from '../cli-fixture.js';

const OLD_A: FeedEntry = {
  guid: 'a1',
  title: 'Mali transition council adopts budget',
  description: 'The council in Bamako adopted the budget.',
};
const OLD_B: FeedEntry = {
  guid: 'b1',
  title: 'Niger junta reopens border with Benin',
  description: 'Niamey announced the reopening.',
};
const KIDAL_A: FeedEntry = {
  guid: 'a2',
  title: 'JNIM claims attack near Kidal, killing 12 soldiers',
  description:
    'The al-Qaeda affiliate JNIM said it attacked an army convoy near Kidal in northern Mali.',
};
const KIDAL_B: FeedEntry = {
  guid: 'b2',
  title: 'JNIM claims attack near Kidal that killed 12 soldiers',
  description: 'JNIM fighters attacked a Malian army convoy near Kidal, the group said.',
};

let server: FeedServer;
let dir: string;

/** Runs the CLI without blocking this process, which serves the feeds. */
function cli(...args: string[]): Promise<CliRun> {
  return runCli(dir, args);
}

beforeAll(async () => {
  server = await startFeedServer({
    '/one.xml': {
      body: freshRss([OLD_A], 'Outlet One'),
      headers: { 'content-type': 'application/rss+xml' },
    },
    '/two.xml': {
      body: freshRss([OLD_B], 'Outlet Two'),
      headers: { 'content-type': 'application/rss+xml' },
    },
  });
  dir = makeCliFolder('sahel-cli-', {
    feeds:
      `feeds:\n  - { id: one, url: "${server.url('/one.xml')}", name: Outlet One, language: en, tier: 1 }\n` +
      `  - { id: two, url: "${server.url('/two.xml')}", name: Outlet Two, language: en, tier: 2 }\n`,
    subscriptions:
      `subscriptions:\n  - { platform: console, channel: north, kind: alert, query: 'Kidal AND attack' }\n` +
      `  - { platform: console, channel: niger, kind: alert, query: 'entity:niger' }\n`,
  });
});

afterAll(async () => {
  await server.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('once and digest on the command line', () => {
  it('delivers one alert per new story to the console, with the later source, and never twice', async () => {
    const first = await cli('once');
    expect(first.code, first.stderr).toBe(0);
    expect(first.stdout).not.toContain('delivery:');

    server.route('/one.xml', {
      body: freshRss([OLD_A, KIDAL_A], 'Outlet One'),
      headers: { 'content-type': 'application/rss+xml' },
    });
    server.route('/two.xml', {
      body: freshRss([OLD_B, KIDAL_B], 'Outlet Two'),
      headers: { 'content-type': 'application/rss+xml' },
    });
    const second = await cli('once');
    expect(second.code, second.stderr).toBe(0);
    expect(second.stdout.match(/── #north/g)).toHaveLength(1);
    expect(second.stdout).not.toContain('── #niger');
    expect(second.stdout).toContain('JNIM claims attack near Kidal');
    expect(second.stdout).toMatch(/Outlet One[\s\S]*Outlet Two/);
    expect(second.stdout).toContain('delivery: 1 sent, 0 failed, 0 retrying');

    const third = await cli('once');
    expect(third.code, third.stderr).toBe(0);
    expect(third.stdout).not.toContain('── #north');
    expect(third.stdout).not.toContain('delivery:');
  });

  it('prints the stored stories of the window as a digest, in text and JSON', async () => {
    const text = await cli('digest', '--since', '24h');
    expect(text.code, text.stderr).toBe(0);
    expect(text.stdout).toContain('JNIM claims attack near Kidal');
    const json = await cli('digest', '--since', '24h', '--format', 'json');
    const report = JSON.parse(json.stdout) as {
      stories: { title: string; sources: unknown[] }[];
      message: { fallback: string };
    };
    expect(report.stories.find((s) => s.title.includes('Kidal'))?.sources).toHaveLength(2);
    expect(report.message.fallback).toContain('Kidal');
  });

  it('says what is wrong with a bad --since', async () => {
    const bad = await cli('digest', '--since', 'yesterday');
    expect(bad.code).toBe(1);
    expect(bad.stderr.trim()).toBe(
      'invalid --since "yesterday": expected a duration like 90s, 10m, 2h or 1d (got "yesterday")',
    );
  });
});
