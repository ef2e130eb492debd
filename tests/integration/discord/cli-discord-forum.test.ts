import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../../src/store/open-database.js';
import { createSqliteSubscriptionStore } from '../../../src/store/sqlite-subscription-store.js';
import { startFakeDiscord, type FakeDiscord } from '../../fakes/fake-discord.js';
import { startSituationRun, type SituationRun } from '../situation-run.js';

/**
 * End to end on the fake Discord: an alert subscription on a forum channel, two developments of
 * one situation arriving in two `sahel-digest once` runs, through feeds, clustering, arcs, the
 * outbox and REST. The situation gets one forum post; the admin's role is its only ping.
 */

const FORUM = '1200000000000000005';
const ROLE = '1250000000000000007';

let fake: FakeDiscord;
let run: SituationRun;

beforeAll(async () => {
  fake = await startFakeDiscord({ forums: [FORUM] });
  run = await startSituationRun(
    'sahel-discord-forum-',
    [`  - { platform: discord, channel: "${FORUM}", kind: alert, query: 'Mali AND fuel' }`],
    () => ({ DISCORD_TOKEN: fake.token, DISCORD_API_BASE: fake.api }),
  );
});

afterAll(async () => {
  await run.close();
  await fake.close();
});

describe('sahel-digest once with a forum subscription', () => {
  it('posts two developments of one situation in one forum post, pinging only the role', async () => {
    const seed = await run.once();
    expect(seed.code, seed.stderr).toBe(0);
    const db = openDatabase({ path: join(run.dir, 'bot.db') });
    const subscriptions = createSqliteSubscriptionStore({ db, clock: { now: Date.now } });
    const [alert] = subscriptions.list({ platform: 'discord', channel: FORUM });
    subscriptions.setPingRole(alert?.id ?? 0, ROLE);
    db.close();

    await run.playBothDevelopments();
    expect(await run.once()).toMatchObject({ code: 0 });

    const [post, ...others] = fake.threads(FORUM);
    expect(others).toEqual([]);
    expect(post?.name.length).toBeGreaterThan(0);
    expect(post?.name.length).toBeLessThanOrEqual(100);
    const messages = fake.messages(post?.id ?? '');
    expect(messages).toHaveLength(2);
    const titles = messages.map((m) => JSON.stringify(m.body.embeds));
    expect(titles[0]).toContain('shuts schools');
    expect(titles[1]).toContain('urges Americans');
    expect(messages.map((m) => fake.pings(m))).toEqual([[`role:${ROLE}`], [`role:${ROLE}`]]);
    expect(fake.messages(FORUM)).toEqual([]);
  });
});
