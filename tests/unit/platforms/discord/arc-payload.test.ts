import { describe, expect, it } from 'vitest';
import type { Message } from '../../../../src/core/message.js';
import { asReply, postTitle, withPing } from '../../../../src/platforms/discord/arc-payload.js';
import type { DiscordMessagePayload } from '../../../../src/platforms/discord/discord-payload.js';
import { decodeRemoteId, encodeRemoteId } from '../../../../src/platforms/discord/remote-id.js';

const payload: DiscordMessagePayload = {
  embeds: [{ title: 'x' }],
  components: [],
  allowed_mentions: { parse: [] },
};
const ROLE = '1250000000000000007';

const message = (blocks: Message['blocks'], fallback = ''): Message => ({ blocks, fallback });

describe('arc payloads', () => {
  it('adds the role mention and allows that role alone', () => {
    expect(withPing(payload, { role: ROLE })).toEqual({
      ...payload,
      content: `<@&${ROLE}>`,
      allowed_mentions: { parse: [], roles: [ROLE] },
    });
  });

  it('pings nobody for a role that is not a snowflake', () => {
    expect(withPing(payload, { role: '@everyone' })).toBe(payload);
    expect(withPing(payload, { role: '123> <@&456' })).toBe(payload);
    expect(withPing(payload, undefined)).toBe(payload);
  });

  it('replies without pinging the replied-to author, tolerating a deleted target', () => {
    expect(asReply(withPing(payload, { role: ROLE }), '1', '2')).toMatchObject({
      message_reference: { message_id: '2', channel_id: '1', fail_if_not_exists: false },
      allowed_mentions: { parse: [], roles: [ROLE], replied_user: false },
    });
  });

  it('titles a post with the arc, else the single story, else the heading, else the fallback', () => {
    const card = {
      storyId: 's',
      title: 'Soldiers seize power',
      url: null,
      summary: '',
      sources: [],
      tags: [],
      facts: [],
    };
    const alert = message([
      { type: 'heading', text: 'Alert' },
      { type: 'story', card },
    ]);
    expect(
      postTitle({
        ...alert,
        arc: { id: 'a', title: 'Niger coup', position: 1, since: 0, previous: null },
      }),
    ).toBe('Niger coup');
    expect(postTitle(alert)).toBe('Soldiers seize power');
    expect(
      postTitle(
        message([
          { type: 'heading', text: 'Sahel digest' },
          { type: 'story', card },
          { type: 'story', card },
        ]),
      ),
    ).toBe('Sahel digest');
    expect(postTitle(message([], 'first line\nsecond'))).toBe('first line');
  });

  it('keeps a post title on one line within 100 characters, cut at a word', () => {
    const title = postTitle(message([], `${'word '.repeat(30)}end`));
    expect(title.length).toBeLessThanOrEqual(100);
    expect(title).toMatch(/^(word )+word…$/);
    expect(postTitle(message([{ type: 'heading', text: 'a\n  b' }]))).toBe('a b');
  });
});

describe('remote ids', () => {
  it('keeps plain ids in the channel and finds thread messages in their thread', () => {
    expect(encodeRemoteId(null, '5')).toBe('5');
    expect(decodeRemoteId('5', '9')).toEqual({ channel: '9', message: '5', thread: null });
    expect(encodeRemoteId('7', '8')).toBe('7/8');
    expect(decodeRemoteId('7/8', '9')).toEqual({ channel: '7', message: '8', thread: '7' });
  });
});
