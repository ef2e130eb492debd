import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Message } from '../../../src/core/message.js';
import type { ChatPlatform } from '../../../src/core/ports.js';
import { channelLostNotice } from '../../../src/platforms/slack/channel-lost-notice.js';
import {
  createSlackClient,
  createSlackPlatform,
  type ChannelLost,
} from '../../../src/platforms/slack/slack-platform.js';
import { startFakeSlack, type FakeSlack } from '../../fakes/fake-slack.js';

/**
 * Against the fake Slack: a channel the bot can no longer post in is reported with the name
 * `conversations.info` still gives (archived, or the bot not in it), so the admin notice says
 * #name; a channel Slack no longer shows is reported by id.
 */

const message: Message = {
  blocks: [{ type: 'text', text: 'Kidal: the army says a convoy was attacked.' }],
  fallback: 'Kidal: the army says a convoy was attacked.',
};

describe('a Slack channel the bot loses', () => {
  let fake: FakeSlack;
  let platform: ChatPlatform;
  const lost: ChannelLost[] = [];

  beforeEach(async () => {
    fake = await startFakeSlack();
    lost.length = 0;
    platform = createSlackPlatform({
      token: fake.token,
      client: createSlackClient({
        token: fake.token,
        apiUrl: fake.apiUrl,
        retryConfig: { retries: 0 },
      }),
      onChannelLost: (l) => lost.push(l),
    });
  });
  afterEach(() => fake.close());

  it('is named #name in a French notice, with the reason in French', async () => {
    fake.addChannel('C0VEILLE', 'veille-sahel', { archived: true });
    fake.setChannel('C0VEILLE', 'is_archived');
    const result = await platform.send({ channel: 'C0VEILLE', message, idempotencyKey: 'k1' });
    expect(result.ok ? null : result.error.code).toBe('CHANNEL_LOST');
    expect(lost.map((l) => l.name)).toEqual(['veille-sahel']);
    const [report] = lost;
    if (report === undefined) throw new Error('the loss was reported');
    const notice = JSON.stringify(channelLostNotice(report, 'fr').blocks);
    expect(notice).toContain(
      'Le bot ne peut plus publier dans le canal Slack #veille-sahel : le canal est archivé (is_archived).',
    );
    expect(notice).not.toContain('C0VEILLE');
  });

  it('is named by its id when Slack no longer shows it', async () => {
    fake.setChannel('C0GONE', 'channel_not_found');
    await platform.send({ channel: 'C0GONE', message, idempotencyKey: 'k2' });
    expect(lost).toHaveLength(1);
    expect(lost[0]?.name).toBeUndefined();
    const [report] = lost;
    if (report === undefined) throw new Error('the loss was reported');
    expect(JSON.stringify(channelLostNotice(report, 'fr').blocks)).toContain(
      "canal Slack C0GONE : le canal n'existe pas ou le bot ne le voit pas (channel_not_found)",
    );
  });
});
