import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Message } from '../../../src/core/message.js';
import type { ChatPlatform } from '../../../src/core/ports.js';
import { channelLostNotice } from '../../../src/platforms/discord/channel-lost-notice.js';
import {
  createDiscordPlatform,
  type ChannelLost,
} from '../../../src/platforms/discord/discord-platform.js';
import { startFakeDiscord, type FakeDiscord } from '../../fakes/fake-discord.js';

/**
 * Against the fake Discord: a channel the bot posted in, then lost, is reported with the name
 * Discord gave when the bot could still see it, so the admin notice says #name, not an id.
 */

const CHANNEL = '1200000000000000031';
const NEVER_SEEN = '1299999999999999931';

const message: Message = {
  blocks: [{ type: 'text', text: 'Kidal: the army says a convoy was attacked.' }],
  fallback: 'Kidal: the army says a convoy was attacked.',
};

describe('a Discord channel the bot loses', () => {
  let fake: FakeDiscord;
  let platform: ChatPlatform;
  const lost: ChannelLost[] = [];

  beforeEach(async () => {
    fake = await startFakeDiscord({ channels: [CHANNEL] });
    lost.length = 0;
    platform = createDiscordPlatform({
      token: fake.token,
      apiBase: fake.api,
      onChannelLost: (l) => lost.push(l),
    });
  });
  afterEach(() => fake.close());

  it('is reported with its name, and the French notice names it #name with a French reason', async () => {
    const first = await platform.send({ channel: CHANNEL, message, idempotencyKey: 'k1' });
    expect(first.ok).toBe(true);
    fake.forbid(CHANNEL);
    const second = await platform.send({ channel: CHANNEL, message, idempotencyKey: 'k2' });
    expect(second.ok ? null : second.error.code).toBe('FORBIDDEN');

    expect(lost).toHaveLength(1);
    const [report] = lost;
    expect(report?.name).toBe(`channel-${CHANNEL}`);
    if (report === undefined) throw new Error('the loss was reported');
    const text = JSON.stringify(channelLostNotice(report, 'fr').blocks);
    expect(text).toContain(
      `dans le salon #channel-${CHANNEL} : il lui manque Voir le salon, il ne voit donc même pas le salon (Missing Access, 50001)`,
    );
  });

  it('is reported by id alone when Discord never gave its name', async () => {
    const result = await platform.send({ channel: NEVER_SEEN, message, idempotencyKey: 'k3' });
    expect(result.ok ? null : result.error.code).toBe('NOT_FOUND');
    expect(lost).toEqual([expect.not.objectContaining({ name: expect.anything() })]);
    const [report] = lost;
    if (report === undefined) throw new Error('the loss was reported');
    expect(JSON.stringify(channelLostNotice(report, 'fr').blocks)).toContain(
      `dans le salon ${NEVER_SEEN} : le salon a été supprimé ou le bot ne le voit plus (Unknown Channel, 10003)`,
    );
  });
});
