import { WebClient } from '@slack/web-api';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { signSlackRequest, startFakeSlack, type FakeSlack } from '../../fakes/fake-slack.js';

describe('fake Slack', () => {
  let fake: FakeSlack;
  let client: WebClient;
  beforeEach(async () => {
    fake = await startFakeSlack();
    client = new WebClient(fake.token, { slackApiUrl: fake.apiUrl, retryConfig: { retries: 0 } });
  });
  afterEach(() => fake.close());

  it("signs a request exactly as Slack's documented example", () => {
    const body =
      'token=xyzz0WbapA4vBCDEFasx0q6G&team_id=T1DC2JH3J&team_domain=testteamnow&channel_id=G8PSS9T3V&channel_name=foobar&user_id=U2CERLKJA&user_name=roadrunner&command=%2Fwebhook-collect&text=&response_url=https%3A%2F%2Fhooks.slack.com%2Fcommands%2FT1DC2JH3J%2F397700885554%2F96rGlfmibIGlgcZRskXaIFfN&trigger_id=398738663015.47445629121.803a0bc887a14d10d2c447fce8b6703c';
    expect(signSlackRequest('8f742231b10e8888abcd99yyyzzz85a5', body, 1531420618)).toEqual({
      'x-slack-signature': 'v0=a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b503',
      'x-slack-request-timestamp': '1531420618',
    });
  });

  it('answers invalid_blocks to a section over 3,000 characters, as Slack does', async () => {
    const blocks = [{ type: 'section', text: { type: 'mrkdwn', text: 'x'.repeat(3001) } }];
    await expect(
      client.chat.postMessage({ channel: 'C1', text: 't', blocks }),
    ).rejects.toMatchObject({
      data: { error: 'invalid_blocks' },
    });
    expect(fake.messages('C1')).toHaveLength(0);
  });

  it('returns message metadata from history only when asked for it', async () => {
    await client.chat.postMessage({
      channel: 'C1',
      text: 'hello',
      metadata: { event_type: 'outbox', event_payload: { key: 'k1' } },
    });
    const plain = await client.conversations.history({ channel: 'C1' });
    expect(plain.messages?.[0]?.metadata).toBeUndefined();
    const full = await client.conversations.history({ channel: 'C1', include_all_metadata: true });
    expect(full.messages?.[0]?.metadata).toEqual({
      event_type: 'outbox',
      event_payload: { key: 'k1' },
    });
  });

  it('refuses a wrong token and answers channel errors as platform errors', async () => {
    const stranger = new WebClient('xoxb-wrong', { slackApiUrl: fake.apiUrl });
    await expect(stranger.auth.test()).rejects.toMatchObject({ data: { error: 'invalid_auth' } });
    fake.setChannel('C2', 'is_archived');
    await expect(client.chat.postMessage({ channel: 'C2', text: 'x' })).rejects.toMatchObject({
      data: { error: 'is_archived' },
    });
  });
});
