import { execFile, spawn } from 'node:child_process';
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFeedServer, type FeedServer } from '../fakes/feed-server.js';
import { runInPty, screenText } from './cli-chat-pty.js';
import { rss } from './poll/poll-harness.js';

const BIN = fileURLToPath(new URL('../../bin/sahel-digest.js', import.meta.url));
const FIXTURE = fileURLToPath(new URL('../fixtures/config/valid/', import.meta.url));
const XML = { 'content-type': 'application/rss+xml' };
const PROMPT = 'sahel> ';

let server: FeedServer;
let dir: string;

/** 25 Mali events, one a year from 2000, so the timeline has three pages. */
function timelineYaml(): string {
  const events = Array.from(
    { length: 25 },
    (_, i) =>
      `  - date: '${2000 + i}-06'\n    title: Mali event of ${2000 + i}\n    text: What happened in ${2000 + i}.\n` +
      `    countries: [mali]\n    sources:\n      - { name: Archive, url: 'https://archive.example/${2000 + i}' }\n`,
  );
  return `events:\n${events.join('')}`;
}

beforeAll(async () => {
  const now = new Date().toUTCString();
  server = await startFeedServer({
    '/wire.xml': { headers: XML, body: rss([], 'Sahel Wire') },
    '/local.xml': {
      headers: XML,
      body: rss(
        [
          {
            guid: 'l1',
            title: 'Bamako market reopens',
            link: 'https://local.example/1',
            pubDate: now,
          },
        ],
        'Bamako Local',
      ),
    },
  });
  dir = mkdtempSync(join(tmpdir(), 'sahel-chat-'));
  for (const file of ['watchlist.yaml', 'facts.yaml', 'settings.yaml']) {
    copyFileSync(join(FIXTURE, file), join(dir, file));
  }
  writeFileSync(join(dir, 'timeline.yaml'), timelineYaml());
  writeFileSync(
    join(dir, 'feeds.yaml'),
    `feeds:\n  - id: wire\n    url: ${server.url('/wire.xml')}\n    name: Sahel Wire\n    language: en\n`,
  );
  // The first poll of a feed only records what is there; the reports after it are stored. The
  // fixture watchlist knows Mali alone: the reports differ by what happened, not by place.
  expect((await cli(['once'])).code).toBe(0);
  server.route('/wire.xml', {
    headers: XML,
    body: rss(
      [
        {
          guid: 'w1',
          title: 'Malian junta says drone strike near Kidal killed fighters',
          link: 'https://wire.example/1',
          pubDate: now,
        },
        {
          guid: 'w2',
          title: 'Wagner convoy ambushed near Gao in northern Mali',
          link: 'https://wire.example/2',
          pubDate: now,
        },
        {
          guid: 'w3',
          title: 'Niger junta hosts a Sahel summit in Niamey',
          link: 'https://wire.example/3',
          pubDate: now,
        },
      ],
      'Sahel Wire',
    ),
  });
  const polled = await cli(['once']);
  expect(polled.stderr + polled.stdout).toContain('polled 1 feed');
  expect(polled.code).toBe(0);
});
afterAll(async () => {
  await server.close();
  rmSync(dir, { recursive: true, force: true });
});

const ENV = (extra: Record<string, string> = {}): NodeJS.ProcessEnv => ({
  PATH: process.env['PATH'] ?? '',
  LOG_LEVEL: 'warn',
  HOME: dir,
  ...extra,
});

function cli(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [BIN, '--config', dir, '--db', join(dir, 'test.db'), ...args],
      { env: ENV() },
      (error, stdout, stderr) =>
        resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
    );
  });
}

/** Types `steps` into `sahel-digest chat` in a pseudo-terminal; the screen as a user sees it. */
async function chat(steps: readonly string[], env: NodeJS.ProcessEnv = ENV()): Promise<string> {
  const command = [process.execPath, BIN, '--config', dir, '--db', join(dir, 'test.db'), 'chat'];
  const run = await runInPty(command, steps, env, PROMPT);
  expect(run.stderr).toBe('');
  expect(run.code).toBe(0);
  return screenText(run.output);
}

/** The screen cut into exchanges, in order: each typed line with the answer printed under it. */
function exchangeList(screen: string): [string, string][] {
  const parts = screen.split(/^sahel> /m).slice(1);
  return parts.map((part) => {
    const [typed = '', ...answer] = part.split('\n');
    // The last answer ends with the prompt Ctrl-D left (trimmed to `sahel>`).
    return [
      typed,
      answer
        .join('\n')
        .replace(/\nsahel>$/, '')
        .trim(),
    ];
  });
}

/** The exchanges by typed line (a line typed twice keeps its last answer). */
function exchanges(screen: string): Map<string, string> {
  return new Map(exchangeList(screen));
}

/** Pipes `input` into `sahel-digest chat` (no terminal): stdout, stderr and the exit code. */
function pipeChat(
  input: string,
  args: string[] = [],
): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(
      process.execPath,
      [BIN, '--config', dir, '--db', join(dir, 'test.db'), 'chat', ...args],
      { env: ENV() },
    );
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('close', (code) => resolve({ code: code ?? 1, stdout, stderr }));
    child.stdin.end(input);
  });
}

describe('sahel-digest chat', () => {
  it('pages, completes, searches, adds an alert with its preview, refuses a private feed and queues a digest', async () => {
    const screen = await chat([
      '/mali timeline\r',
      '1\r',
      '2\r',
      '/mali fact jn\t',
      '\r',
      '/sahel search wagner convoy\r',
      '/sahel al\t',
      'add Kidal AND drone\r',
      `/sahel feeds add ${server.url('/local.xml')}\r`,
      '/sahel digest now\r',
      '/mali timline\r',
      '7\r',
      '\u001b[A\u001b[A\r',
    ]);
    const said = exchanges(screen);
    // Up arrow twice brought back the line before `7`.
    expect(exchangeList(screen).map(([typed]) => typed)).toEqual([
      '/mali timeline',
      '1',
      '2',
      '/mali fact jnim',
      '/sahel search wagner convoy',
      '/sahel alert add Kidal AND drone',
      `/sahel feeds add ${server.url('/local.xml')}`,
      '/sahel digest now',
      '/mali timline',
      '7',
      '/mali timline',
    ]);

    // Timeline paging: page 1 holds the latest events; the buttons are numbered choices.
    const first = said.get('/mali timeline') ?? '';
    expect(first).toMatch(/^Timeline: Mali\n=+\n\n- Jun 2015 — Mali event of 2015\n/);
    expect(first).toMatch(/Page 1 of 3, 25 events; page 1 is the latest\.\n\[1\] Next page$/);
    const second = said.get('1') ?? '';
    expect(second).toMatch(
      /^> \/mali timeline page:2\nTimeline: Mali\n=+\n\n- Jun 2005 — Mali event of 2005\n/,
    );
    expect(second).toMatch(/Page 2 of 3, .*\n\[1\] Next page {2}\[2\] Previous page$/);
    expect(said.get('2')).toMatch(/^> \/mali timeline\nTimeline: Mali\n=+\n\n- Jun 2015 — /);

    // Tab completed the fact id and the group name.
    expect(said.get('/mali fact jnim')).toMatch(
      /^JNIM — Group for the Support of Islam and Muslims\n=+\n2 Mar 2017\n/,
    );

    expect(said.get('/sahel search wagner convoy')).toContain(
      'Wagner convoy ambushed near Gao in northern Mali',
    );

    const alert = said.get('/sahel alert add Kidal AND drone') ?? '';
    expect(alert).toMatch(/^Alert #\d+ added: Kidal AND drone\n/);
    expect(alert).toContain('Malian junta says drone strike near Kidal killed fighters');

    // The renderer wraps at 100 columns.
    expect(said.get(`/sahel feeds add ${server.url('/local.xml')}`)?.replace(/\s+/g, ' ')).toMatch(
      /^Error: cannot add http:\/\/127\.0\.0\.1:\d+\/local\.xml: refused: 127\.0\.0\.1 is a private or reserved address/,
    );
    expect(server.requestsTo('/local.xml')).toHaveLength(0);

    expect(said.get('/sahel digest now')).toMatch(/^Digest queued\n/);
    expect(said.get('/mali timline')).toBe(
      'Error: unknown command "timline" — did you mean "timeline"?',
    );
    expect(said.get('7')).toBe('no button to press: the last answer had none');

    // The queued digest is the console's: the next poll-and-deliver prints it there.
    const delivered = await cli(['once']);
    expect(delivered.stdout).toMatch(/── #console \(console-\d+\) ─+\n/);
    expect(delivered.stdout).toMatch(/delivery: [1-9]\d* sent, 0 failed/);
  }, 120_000);

  it('reads piped lines in order, in French with --locale fr, and stops at exit', async () => {
    const run = await pipeChat('/mali timeline\n1\n1\n/sahel aide alert\nexit\n/mali timeline\n', [
      '--locale',
      'fr',
    ]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const said = exchanges(run.stdout);
    expect([...said.keys()]).toEqual([
      'Chronologie : Mali',
      // A French reader's buttons run, and echo, the French command line.
      '> /mali chronologie page:2',
      '> /mali chronologie page:3',
      'Commandes',
      '',
    ]);
    expect(said.get('Chronologie : Mali')).toMatch(
      /Page 1 sur 3, 25 événements ; la page 1 est la plus récente\.\n\[1\] Page suivante$/,
    );
    expect(said.get('Commandes')).toContain(
      '- /sahel alerte ajouter <requete> [ping:…] [silence:…] [max:…] [fuseau:…] [salon:…] — ',
    );
  }, 60_000);

  it('answers a mistyped line in French with --locale fr', async () => {
    const run = await pipeChat('/mali fakt jnim\n/sahel story\n', ['--locale', 'fr']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(
      'sahel> Erreur : commande inconnue « fakt » — vouliez-vous dire « fiche » ?\n',
    );
    expect(run.stdout).toContain('sahel> Erreur : il manque id — usage : /sahel recit <id>\n');
  }, 60_000);

  it('adds a local feed after a trial fetch when private feeds are allowed', async () => {
    const url = server.url('/local.xml');
    const screen = await chat(
      [`/sahel feeds add ${url} name:"Bamako Local"\r`, '/sahel feeds list\r'],
      ENV({ ALLOW_PRIVATE_FEEDS: 'true' }),
    );
    const said = exchanges(screen);
    expect(said.get(`/sahel feeds add ${url} name:"Bamako Local"`)).toMatch(
      /^Feed bamako-local added: Bamako Local \(1 items? now\)\./,
    );
    expect(server.requestsTo('/local.xml')).toHaveLength(1);
    expect(said.get('/sahel feeds list')).toMatch(/bamako-local — Bamako Local/);
  }, 120_000);
});
