import { WebClient } from '@slack/web-api';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startFakeSlack, type FakeSlack } from '../../fakes/fake-slack.js';

describe('fake Slack conversations.list', () => {
  let fake: FakeSlack;
  let client: WebClient;
  beforeEach(async () => {
    fake = await startFakeSlack();
    client = new WebClient(fake.token, { slackApiUrl: fake.apiUrl, retryConfig: { retries: 0 } });
    fake.addChannel('C1', 'general');
    fake.addChannel('C2', 'outside', { member: false });
    fake.addChannel('G1', 'private-in', { private: true });
    fake.addChannel('G2', 'private-out', { private: true, member: false });
    fake.addChannel('C3', 'old', { archived: true });
  });
  afterEach(() => fake.close());

  it('lists public channels by default, each with is_member, and an empty next_cursor at the end', async () => {
    const answer = await client.conversations.list();
    expect(answer.channels?.map((c) => [c.id, c.is_member])).toEqual([
      ['C1', true],
      ['C2', false],
      ['C3', true],
    ]);
    expect(answer.response_metadata?.next_cursor).toBe('');
  });

  it('pages by limit through next_cursor, lists only the private channels the app is in', async () => {
    const seen: string[] = [];
    let cursor: string | undefined;
    do {
      const answer = await client.conversations.list({
        types: 'public_channel,private_channel',
        exclude_archived: true,
        limit: 2,
        ...(cursor === undefined ? {} : { cursor }),
      });
      seen.push(...(answer.channels ?? []).map((c) => String(c.id)));
      cursor = answer.response_metadata?.next_cursor;
    } while (cursor !== undefined && cursor !== '');
    expect(seen).toEqual(['C1', 'C2', 'G1']);
  });

  it('refuses a missing scope, a bad limit and a cursor it did not give, as Slack does', async () => {
    fake.setScopes(['channels:read']);
    await expect(
      client.conversations.list({ types: 'public_channel,private_channel' }),
    ).rejects.toMatchObject({
      data: { ok: false, error: 'missing_scope', needed: 'groups:read', provided: 'channels:read' },
    });
    await expect(client.conversations.list({ limit: 1001 })).rejects.toMatchObject({
      data: { error: 'invalid_limit' },
    });
    await expect(client.conversations.list({ cursor: 'bogus' })).rejects.toMatchObject({
      data: { error: 'invalid_cursor' },
    });
  });

  it('answers 429 with Retry-After when told to', async () => {
    fake.fail({ method: 'conversations.list', kind: 'ratelimited', retryAfter: 7 });
    const raw = await fetch(`${fake.apiUrl}conversations.list`, {
      method: 'POST',
      headers: { authorization: `Bearer ${fake.token}` },
    });
    expect(raw.status).toBe(429);
    expect(raw.headers.get('retry-after')).toBe('7');
  });
});
