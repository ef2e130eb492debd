import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFeedServer, type FeedServer } from '../../fakes/feed-server.js';
import { startFakeSlack, type FakeSlack } from '../../fakes/fake-slack.js';
import { freshRss, makeCliFolder, runCli, type CliRun, type FeedEntry } from '../cli-fixture.js';

/**
 * End to end on the fake Slack: two developments of one situation arrive in two
 * `sahel-digest once` runs, through feeds, clustering, arcs, the outbox and the Web API. The
 * second is a reply in the first one's thread, also sent to the channel, and says it develops.
 */

const CHANNEL = 'C0FUEL';
const XML = { 'content-type': 'application/rss+xml' };
const OLD: FeedEntry = {
  guid: 'o1',
  title: 'Mali transition council adopts budget',
  description: 'The council in Bamako adopted the budget.',
};
const FIRST: FeedEntry = {
  guid: 'n1',
  title: 'Mali shuts schools as fuel blockade imposed by fighters paralyses country',
  description:
    'Military rulers order two-week closure for schools, universities as JNIM&apos;s fuel blockade causes further disruptions.',
};
const SECOND: FeedEntry = {
  guid: 'n2',
  title: 'US embassy urges Americans to leave Mali immediately amid jihadi fuel blockade',
  description:
    'The US Embassy in Mali is urging all American citizens to leave the country immediately, warning of rising terror threats and a worsening fuel crisis caused by a jihadi blockade.',
};

let server: FeedServer;
let fake: FakeSlack;
let dir: string;

function once(): Promise<CliRun> {
  return runCli(dir, ['once'], { SLACK_BOT_TOKEN: fake.token, SLACK_API_URL: fake.apiUrl });
}

beforeAll(async () => {
  server = await startFeedServer({ '/one.xml': { body: freshRss([OLD]), headers: XML } });
  fake = await startFakeSlack();
  dir = makeCliFolder('sahel-slack-arc-', {
    feeds: `feeds:\n  - { id: one, url: "${server.url('/one.xml')}", name: Outlet One, language: en, tier: 1 }\n`,
    subscriptions: `subscriptions:\n  - { platform: slack, channel: "${CHANNEL}", kind: alert, query: 'Mali AND fuel' }\n`,
  });
});

afterAll(async () => {
  await server.close();
  await fake.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('sahel-digest once with a developing situation on Slack', () => {
  it('posts the next development as a thread reply broadcast to the channel, once', async () => {
    expect((await once()).code).toBe(0);
    server.route('/one.xml', { body: freshRss([OLD, FIRST]), headers: XML });
    const first = await once();
    expect(first.code, first.stderr).toBe(0);
    server.route('/one.xml', { body: freshRss([OLD, FIRST, SECOND]), headers: XML });
    const second = await once();
    expect(second.code, second.stderr).toBe(0);
    expect((await once()).code).toBe(0);

    const posted = fake.messages(CHANNEL);
    expect(posted).toHaveLength(2);
    const [root, reply] = posted;
    expect(root?.thread_ts).toBeUndefined();
    expect(JSON.stringify(root?.blocks)).toContain('shuts schools');
    expect(reply?.thread_ts).toBe(root?.ts);
    expect(reply?.subtype).toBe('thread_broadcast');
    expect(reply?.text).toMatch(/^Developing — .*2nd development since/);
    expect(JSON.stringify(reply?.blocks)).toContain('urges Americans');
  });
});
