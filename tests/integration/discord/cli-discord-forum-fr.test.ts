import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFeedServer, type FeedServer } from '../../fakes/feed-server.js';
import { startFakeDiscord, type FakeDiscord } from '../../fakes/fake-discord.js';
import {
  FUEL_BLOCKADE,
  freshRss,
  makeCliFolder,
  runCli,
  RSS_HEADERS as XML,
  type CliRun,
} from '../cli-fixture.js';

/**
 * End to end on the fake Discord: a French alert subscription on a forum and an English one on
 * a text channel follow the same situation. The French forum post is titled with the arc's
 * French title and its second development says "En développement — Blocus du carburant au
 * Mali"; the English channel reads "Developing — Mali fuel blockade".
 */

const FORUM = '1200000000000000015';
const TEXT = '1200000000000000016';

const { OLD, FIRST, SECOND } = FUEL_BLOCKADE;

let server: FeedServer;
let fake: FakeDiscord;
let dir: string;

function once(): Promise<CliRun> {
  return runCli(dir, ['once'], { DISCORD_TOKEN: fake.token, DISCORD_API_BASE: fake.api });
}

beforeAll(async () => {
  server = await startFeedServer({ '/one.xml': { body: freshRss([OLD]), headers: XML } });
  fake = await startFakeDiscord({ forums: [FORUM], channels: [TEXT] });
  dir = makeCliFolder('sahel-discord-forum-fr-', {
    feeds: `feeds:\n  - { id: one, url: "${server.url('/one.xml')}", name: Outlet One, language: en, tier: 1 }\n`,
    subscriptions: [
      'subscriptions:',
      `  - { platform: discord, channel: "${FORUM}", kind: alert, query: 'Mali AND fuel', locale: fr }`,
      `  - { platform: discord, channel: "${TEXT}", kind: alert, query: 'Mali AND fuel', locale: en }`,
      '',
    ].join('\n'),
  });
});

afterAll(async () => {
  await server.close();
  await fake.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('a French forum subscription to a developing situation', () => {
  it('titles the forum post and the development heading with the French arc title', async () => {
    expect((await once()).code).toBe(0);
    server.route('/one.xml', { body: freshRss([OLD, FIRST]), headers: XML });
    const first = await once();
    expect(first.code, first.stderr).toBe(0);
    server.route('/one.xml', { body: freshRss([OLD, FIRST, SECOND]), headers: XML });
    const second = await once();
    expect(second.code, second.stderr).toBe(0);

    const [post, ...others] = fake.threads(FORUM);
    expect(others).toEqual([]);
    expect(post?.name).toContain('Blocus du carburant au Mali');
    const french = fake.messages(post?.id ?? '').map((m) => JSON.stringify(m.body.embeds));
    expect(french).toHaveLength(2);
    expect(french[1]).toContain('En développement — Blocus du carburant au Mali');
    expect(french.join('')).not.toContain('Mali fuel blockade');

    const english = fake.messages(TEXT).map((m) => JSON.stringify(m.body.embeds));
    expect(english).toHaveLength(2);
    expect(english[1]).toContain('Developing — Mali fuel blockade');
  });
});
