import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { startFeedServer, type FeedServer } from '../../fakes/feed-server.js';
import { startFakeSlack, type FakeSlack } from '../../fakes/fake-slack.js';
import { openDatabase } from '../../../src/store/open-database.js';
import { createSqliteAdminStore } from '../../../src/store/sqlite-admin-store.js';
import { createSqliteSubscriptionStore } from '../../../src/store/sqlite-subscription-store.js';
import { freshRss, makeCliFolder, runCli, type CliRun, type FeedEntry } from '../cli-fixture.js';

const CHANNEL = 'C0ALERTS';
const ADMIN = 'C0ADMINS';
const XML = { 'content-type': 'application/rss+xml' };
const OLD: FeedEntry = {
  guid: 'a1',
  title: 'Mali transition council adopts budget',
  description: 'The council in Bamako adopted the budget.',
};
/** A feed item written to ping the channel, a user and a user group, and to spoof a link. */
const HOSTILE: FeedEntry = {
  guid: 'a2',
  title:
    '&lt;!channel&gt; &lt;@U024BE7LH&gt; &lt;!subteam^S1|@ops&gt; &lt;http://evil.example|RFI&gt; JNIM claims attack near Kidal',
  description:
    'The al-Qaeda affiliate JNIM said it attacked an army convoy near Kidal in northern Mali, killing 12 soldiers. &lt;!here&gt;',
};

/** The same attack told by another outlet. */
const SAME_STORY: FeedEntry = {
  guid: 'b1',
  title: 'JNIM says it attacked army convoy near Kidal, killing 12 soldiers',
  description:
    'JNIM, the al-Qaeda affiliate, claimed an attack on an army convoy near Kidal in northern Mali that killed 12 soldiers.',
};

let server: FeedServer;
let fake: FakeSlack;
let dir: string;

function run(...rest: string[]): Promise<CliRun> {
  return runCli(dir, rest, { SLACK_BOT_TOKEN: fake.token, SLACK_API_URL: fake.apiUrl });
}

beforeAll(async () => {
  server = await startFeedServer({
    '/one.xml': { body: freshRss([OLD]), headers: XML },
    '/two.xml': { body: freshRss([]), headers: XML },
  });
  fake = await startFakeSlack();
  dir = makeCliFolder('sahel-slack-', {
    feeds:
      `feeds:\n  - { id: one, url: "${server.url('/one.xml')}", name: Outlet One, language: en, tier: 1 }\n` +
      `  - { id: two, url: "${server.url('/two.xml')}", name: Outlet Two, language: en, tier: 1 }\n`,
    subscriptions: `subscriptions:\n  - { platform: slack, channel: "${CHANNEL}", kind: alert, query: 'Kidal AND attack' }\n`,
  });
});

afterAll(async () => {
  await server.close();
  await fake.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('sahel-digest with SLACK_BOT_TOKEN', () => {
  it('once delivers an alert through the Web API alone, exactly once across runs, pinging nobody', async () => {
    const seed = await run('once');
    expect(seed.code, seed.stderr).toBe(0);
    expect(fake.messages(CHANNEL)).toHaveLength(0);

    server.route('/one.xml', { body: freshRss([OLD, HOSTILE]), headers: XML });
    const second = await run('once');
    expect(second.code, second.stderr).toBe(0);
    expect(second.stdout).toContain('delivery: 1 sent, 0 failed, 0 retrying');
    const third = await run('once');
    expect(third.code, third.stderr).toBe(0);

    const posted = fake.messages(CHANNEL);
    expect(posted).toHaveLength(1);
    const shown = JSON.stringify([posted[0]?.text, posted[0]?.blocks]);
    expect(shown).toContain('JNIM claims attack near Kidal');
    expect(shown).toContain('&lt;@U024BE7LH&gt;');
    // No Slack control sequence but our own links (to example.org) and dates.
    expect(
      shown.replace(/<https:\/\/example\.org\/[^|>]*\|/g, '').replace(/<!date\^/g, ''),
    ).not.toMatch(/<[!@#]|<https?:|<mailto:/);
    expect(posted[0]?.metadata?.event_type).toBe('sahel_digest_outbox');
  });

  it('edits the alert with chat.update when a second outlet reports the same story', async () => {
    server.route('/two.xml', { body: freshRss([SAME_STORY]), headers: XML });
    const result = await run('once');
    expect(result.code, result.stderr).toBe(0);
    const posted = fake.messages(CHANNEL);
    expect(posted).toHaveLength(1);
    expect(posted[0]?.edited).toBe(true);
    expect(JSON.stringify(posted[0]?.blocks)).toContain('Outlet Two');
    expect(fake.calls.filter((c) => c.method === 'chat.update')).toHaveLength(1);
  });

  it('once pauses the subscriptions of a channel Slack says is gone and tells the admin channel once', async () => {
    const db = openDatabase({ path: join(dir, 'bot.db') });
    createSqliteAdminStore(db).setAdminChannel('slack', ADMIN, Date.now());
    db.close();
    fake.setChannel(CHANNEL, 'channel_not_found');
    const later: FeedEntry[] = [1, 2].map((n) => ({
      guid: `late-${n}`,
      title: `Gunmen attack a gold mine outside Kidal, wave ${n}`,
      description: `Miners fled a gold mine near Kidal in northern Mali after gunmen attacked it, wave ${n}.`,
    }));
    server.route('/one.xml', {
      body: freshRss([OLD, HOSTILE, later[0] as FeedEntry]),
      headers: XML,
    });
    const first = await run('once');
    expect(first.code, first.stderr).toBe(0);
    const refused = fake.calls.filter((c) => c.error === 'channel_not_found');
    expect(refused.length).toBeGreaterThanOrEqual(1);

    const stored = openDatabase({ path: join(dir, 'bot.db') });
    const [subscription] = createSqliteSubscriptionStore({
      db: stored,
      clock: { now: Date.now },
    }).list({ platform: 'slack', channel: CHANNEL });
    stored.close();
    expect(subscription?.paused?.reason).toContain(`Slack channel ${CHANNEL} does not exist`);
    expect(subscription?.paused?.reason).toContain('channel_not_found');

    const before = fake.calls.length;
    server.route('/one.xml', { body: freshRss([OLD, HOSTILE, ...later]), headers: XML });
    const second = await run('once');
    expect(second.code, second.stderr).toBe(0);
    const touched = fake.calls
      .slice(before)
      .filter((c) => JSON.stringify(c.args).includes(CHANNEL));
    expect(touched).toEqual([]);

    const notices = fake.messages(ADMIN);
    expect(notices).toHaveLength(1);
    const text = JSON.stringify([notices[0]?.text, notices[0]?.blocks]);
    expect(text).toContain('channel_not_found');
    expect(text).toContain(`Paused until an admin resumes them: #${subscription?.id} (alert)`);
    expect(text).toContain('/sahel alert resume');
  });

  it('slack manifest prints a manifest for request URLs that parses as YAML', async () => {
    const result = await run('slack', 'manifest', '--url', 'https://bot.example.org');
    expect(result.code, result.stderr).toBe(0);
    const manifest = parse(result.stdout) as {
      settings: { interactivity: { request_url: string } };
    };
    expect(manifest.settings.interactivity.request_url).toBe(
      'https://bot.example.org/slack/events',
    );
  });

  it('slack manifest refuses a plain http URL in one line, exit 1', async () => {
    const result = await run('slack', 'manifest', '--url', 'http://bot.example.org');
    expect(result.code).toBe(1);
    expect(result.stderr).toBe(
      'slack manifest: --url must be an https URL that Slack can reach, got "http://bot.example.org"\n',
    );
  });
});
