import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFeedServer, type FeedServer } from '../../fakes/feed-server.js';
import { startFakeSlack, type FakeSlack } from '../../fakes/fake-slack.js';
import {
  FUEL_BLOCKADE,
  freshRss,
  makeCliFolder,
  runCli,
  RSS_HEADERS as XML,
  type CliRun,
} from '../cli-fixture.js';

/**
 * End to end on the fake Slack: two developments of one situation arrive in two
 * `sahel-digest once` runs, through feeds, clustering, arcs, the outbox and the Web API. The
 * second is a reply in the first one's thread, also sent to the channel, and says it develops.
 */

const CHANNEL = 'C0FUEL';
const { OLD, FIRST, SECOND } = FUEL_BLOCKADE;

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
