import { WebClient } from '@slack/web-api';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createSlackChannelDirectory } from '../../../src/platforms/slack/slack-channel-directory.js';
import { describeChannelFailure } from '../../../src/platforms/slack/resolve-channel-option.js';
import { startFakeSlack, type FakeSlack } from '../../fakes/fake-slack.js';

let fake: FakeSlack;

beforeEach(async () => {
  fake = await startFakeSlack();
  for (let i = 1; i <= 5; i++) fake.addChannel(`C0CHAN${i}`, `chan-${i}`);
  fake.addChannel('C0OLD', 'sahel-alerts', { archived: true });
  fake.addChannel('C0ALERTS', 'sahel-alerts');
});

afterEach(async () => {
  await fake.close();
});

/** A WebClient on the fake, retrying `retries` times at once (a 429 waits its Retry-After). */
const clientOf = (retries: number): WebClient =>
  new WebClient(fake.token, {
    slackApiUrl: fake.apiUrl,
    retryConfig: { retries, minTimeout: 0, maxTimeout: 0 },
  });

const listCalls = (): Record<string, unknown>[] =>
  fake.calls.filter((c) => c.method === 'conversations.list').map((c) => c.args);

describe('the Slack channel directory over the fake Slack', () => {
  it('reads every page through next_cursor and skips archived channels', async () => {
    const directory = createSlackChannelDirectory({ pageSize: 2 });
    const found = await directory.find(clientOf(0), '#Sahel-Alerts');
    expect(found).toEqual({
      ok: true,
      value: { id: 'C0ALERTS', name: 'sahel-alerts', isMember: true },
    });
    const calls = listCalls();
    expect(calls).toHaveLength(4);
    expect(calls[0]?.cursor).toBeUndefined();
    expect(calls.slice(1).every((c) => typeof c.cursor === 'string' && c.cursor !== '')).toBe(true);
  });

  it('lists once while its listing is fresh, and again after', async () => {
    let now = 0;
    const directory = createSlackChannelDirectory({ ttlMs: 60_000, now: () => now });
    const client = clientOf(0);
    await Promise.all([directory.find(client, 'chan-1'), directory.find(client, 'chan-2')]);
    expect(await directory.names(client, ['C0CHAN3', 'C0NONE'])).toEqual(
      new Map([
        ['C0CHAN3', 'chan-3'],
        ['C0NONE', null],
      ]),
    );
    expect(listCalls()).toHaveLength(1);
    now = 60_001;
    await directory.find(client, 'chan-1');
    expect(listCalls()).toHaveLength(2);
  });

  it('names channels with conversations.info when it holds no fresh listing', async () => {
    fake.addChannel('G0GONE', 'left-behind', { private: true, member: false });
    const names = await createSlackChannelDirectory().names(clientOf(0), ['C0CHAN2', 'G0GONE']);
    expect(names).toEqual(
      new Map([
        ['C0CHAN2', 'chan-2'],
        ['G0GONE', null],
      ]),
    );
    expect(listCalls()).toHaveLength(0);
    expect(fake.calls.filter((c) => c.method === 'conversations.info')).toHaveLength(2);
  });

  it('waits out a 429 with Retry-After and carries on', async () => {
    fake.fail({ method: 'conversations.list', kind: 'ratelimited', retryAfter: 0 });
    const found = await createSlackChannelDirectory().find(clientOf(1), 'chan-4');
    expect(found.ok).toBe(true);
    expect(fake.calls.filter((c) => c.status === 429)).toHaveLength(1);
  });

  it('says Slack is rate-limiting when the 429s outlast the retries', async () => {
    fake.fail({ method: 'conversations.list', kind: 'ratelimited', retryAfter: 0 }, 5);
    const found = await createSlackChannelDirectory().find(clientOf(0), 'chan-4');
    expect(found).toEqual({ ok: false, error: { code: 'rate-limited' } });
  });

  it('names the missing scope Slack reports, in one line', async () => {
    fake.setScopes(['chat:write', 'channels:read']);
    const found = await createSlackChannelDirectory().find(clientOf(0), 'chan-1');
    expect(found).toEqual({ ok: false, error: { code: 'missing-scope', needed: 'groups:read' } });
    if (found.ok) return;
    expect(describeChannelFailure(found.error, 'chan-1', 'en')).toBe(
      'channel: Slack will not list channels by name: the app lacks the groups:read scope — add it under OAuth & Permissions and reinstall the app, or give the channel as <#C…> or its id',
    );
    expect(describeChannelFailure(found.error, 'chan-1', 'fr')).toContain(
      'il manque à l’application la permission groups:read',
    );
  });

  it('calls two channels of one name ambiguous', async () => {
    fake.addChannel('C0TWIN', 'sahel-alerts');
    const found = await createSlackChannelDirectory().find(clientOf(0), 'sahel-alerts');
    expect(found).toEqual({
      ok: false,
      error: { code: 'ambiguous', name: 'sahel-alerts', ids: ['C0ALERTS', 'C0TWIN'] },
    });
  });
});
