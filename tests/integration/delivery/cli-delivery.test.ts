import { execFile } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFeedServer, type FeedServer } from '../../fakes/feed-server.js';

interface Entry {
  readonly guid: string;
  readonly title: string;
  readonly description: string;
}

const now = new Date().toUTCString();
const rss = (title: string, entries: readonly Entry[]): string =>
  `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>${title}</title><link>https://example.org/</link>` +
  entries
    .map(
      (e) =>
        `<item><guid>${e.guid}</guid><title>${e.title}</title><link>https://example.org/${e.guid}</link><description>${e.description}</description><pubDate>${now}</pubDate></item>`,
    )
    .join('') +
  '</channel></rss>';

const OLD_A: Entry = {
  guid: 'a1',
  title: 'Mali transition council adopts budget',
  description: 'The council in Bamako adopted the budget.',
};
const OLD_B: Entry = {
  guid: 'b1',
  title: 'Niger junta reopens border with Benin',
  description: 'Niamey announced the reopening.',
};
const KIDAL_A: Entry = {
  guid: 'a2',
  title: 'JNIM claims attack near Kidal, killing 12 soldiers',
  description:
    'The al-Qaeda affiliate JNIM said it attacked an army convoy near Kidal in northern Mali.',
};
const KIDAL_B: Entry = {
  guid: 'b2',
  title: 'JNIM claims attack near Kidal that killed 12 soldiers',
  description: 'JNIM fighters attacked a Malian army convoy near Kidal, the group said.',
};

let server: FeedServer;
let dir: string;

/** Runs the CLI without blocking this process, which serves the feeds. */
function cli(...args: string[]): Promise<{ code: number; out: string; err: string }> {
  const argv = [
    'bin/sahel-digest.js',
    ...args,
    '--config',
    join(dir, 'config'),
    '--db',
    join(dir, 'bot.db'),
  ];
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      argv,
      { timeout: 60_000, env: { PATH: process.env.PATH ?? '', LOG_LEVEL: 'silent' } },
      (error, stdout, stderr) => {
        resolve({ code: error ? Number(error.code ?? 1) : 0, out: stdout, err: stderr });
      },
    );
  });
}

beforeAll(async () => {
  server = await startFeedServer({
    '/one.xml': {
      body: rss('Outlet One', [OLD_A]),
      headers: { 'content-type': 'application/rss+xml' },
    },
    '/two.xml': {
      body: rss('Outlet Two', [OLD_B]),
      headers: { 'content-type': 'application/rss+xml' },
    },
  });
  dir = mkdtempSync(join(tmpdir(), 'sahel-cli-'));
  mkdirSync(join(dir, 'config'));
  for (const file of ['watchlist.yaml', 'facts.yaml', 'timeline.yaml', 'settings.yaml'])
    copyFileSync(join('config', file), join(dir, 'config', file));
  writeFileSync(
    join(dir, 'config', 'feeds.yaml'),
    `feeds:\n  - { id: one, url: "${server.url('/one.xml')}", name: Outlet One, language: en, tier: 1 }\n` +
      `  - { id: two, url: "${server.url('/two.xml')}", name: Outlet Two, language: en, tier: 2 }\n`,
  );
  writeFileSync(
    join(dir, 'config', 'subscriptions.yaml'),
    `subscriptions:\n  - { platform: console, channel: north, kind: alert, query: 'Kidal AND attack' }\n` +
      `  - { platform: console, channel: niger, kind: alert, query: 'entity:niger' }\n`,
  );
});

afterAll(async () => {
  await server.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('once and digest on the command line', () => {
  it('delivers one alert per new story to the console, with the later source, and never twice', async () => {
    const first = await cli('once');
    expect(first.code, first.err).toBe(0);
    expect(first.out).not.toContain('delivery:');

    server.route('/one.xml', {
      body: rss('Outlet One', [OLD_A, KIDAL_A]),
      headers: { 'content-type': 'application/rss+xml' },
    });
    server.route('/two.xml', {
      body: rss('Outlet Two', [OLD_B, KIDAL_B]),
      headers: { 'content-type': 'application/rss+xml' },
    });
    const second = await cli('once');
    expect(second.code, second.err).toBe(0);
    expect(second.out.match(/── #north/g)).toHaveLength(1);
    expect(second.out).not.toContain('── #niger');
    expect(second.out).toContain('JNIM claims attack near Kidal');
    expect(second.out).toMatch(/Outlet One[\s\S]*Outlet Two/);
    expect(second.out).toContain('delivery: 1 sent, 0 failed, 0 retrying');

    const third = await cli('once');
    expect(third.code, third.err).toBe(0);
    expect(third.out).not.toContain('── #north');
    expect(third.out).not.toContain('delivery:');
  });

  it('prints the stored stories of the window as a digest, in text and JSON', async () => {
    const text = await cli('digest', '--since', '24h');
    expect(text.code, text.err).toBe(0);
    expect(text.out).toContain('JNIM claims attack near Kidal');
    const json = await cli('digest', '--since', '24h', '--format', 'json');
    const report = JSON.parse(json.out) as {
      stories: { title: string; sources: unknown[] }[];
      message: { fallback: string };
    };
    expect(report.stories.find((s) => s.title.includes('Kidal'))?.sources).toHaveLength(2);
    expect(report.message.fallback).toContain('Kidal');
  });

  it('says what is wrong with a bad --since', async () => {
    const bad = await cli('digest', '--since', 'yesterday');
    expect(bad.code).toBe(1);
    expect(bad.err.trim()).toBe(
      'invalid --since "yesterday": expected a duration like 90s, 10m, 2h or 1d (got "yesterday")',
    );
  });
});
