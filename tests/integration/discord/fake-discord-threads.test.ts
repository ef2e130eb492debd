import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { pingsOf, startFakeDiscord, type FakeDiscord } from '../../fakes/fake-discord.js';

const CHANNEL = '1200000000000000001';
const FORUM = '1200000000000000002';

/** Forums, threads, replies and mentions must behave as on Discord, or the arc tests prove nothing. */
describe('fake Discord forums, threads and mentions', () => {
  let fake: FakeDiscord;
  beforeEach(async () => {
    fake = await startFakeDiscord({ channels: [CHANNEL], forums: [FORUM] });
  });
  afterEach(() => fake.close());

  const call = (method: string, path: string, body?: unknown): Promise<Response> =>
    fetch(`${fake.api}/v10${path}`, {
      method,
      headers: { authorization: `Bot ${fake.token}`, 'content-type': 'application/json' },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
  const openPost = async (name = 'Niger coup'): Promise<string> => {
    const response = await call('POST', `/channels/${FORUM}/threads`, {
      name,
      message: { embeds: [{ description: 'first' }] },
    });
    expect(response.status).toBe(201);
    return ((await response.json()) as { id: string }).id;
  };

  it('opens a forum post whose first message has the thread id, and refuses plain messages', async () => {
    const thread = await openPost();
    expect(fake.messages(thread).map((m) => m.id)).toEqual([thread]);
    const plain = await call('POST', `/channels/${FORUM}/messages`, { content: 'x' });
    expect([plain.status, ((await plain.json()) as { code: number }).code]).toEqual([400, 50008]);
    const channel = (await (await call('GET', `/channels/${thread}`)).json()) as {
      type: number;
      parent_id: string;
    };
    expect(channel).toMatchObject({ type: 11, parent_id: FORUM });
    const forum = (await (await call('GET', `/channels/${FORUM}`)).json()) as { type: number };
    expect(forum.type).toBe(15);
  });

  it('refuses a post name over 100 characters and a post in a text channel', async () => {
    const long = await call('POST', `/channels/${FORUM}/threads`, {
      name: 'x'.repeat(101),
      message: { content: 'x' },
    });
    const text = await call('POST', `/channels/${CHANNEL}/threads`, {
      name: 'x',
      message: { content: 'x' },
    });
    expect([long.status, text.status]).toEqual([400, 400]);
  });

  it('refuses messages in an archived thread until it is unarchived, and a locked one stays shut', async () => {
    const thread = await openPost();
    fake.archive(thread);
    const refused = await call('POST', `/channels/${thread}/messages`, { content: 'x' });
    expect(((await refused.json()) as { code: number }).code).toBe(50083);
    expect((await call('GET', `/guilds/${fake.guildId}/threads/active`)).ok).toBe(true);
    expect((await call('PATCH', `/channels/${thread}`, { archived: false })).status).toBe(200);
    expect((await call('POST', `/channels/${thread}/messages`, { content: 'x' })).status).toBe(200);
    fake.archive(thread, { locked: true });
    expect((await call('PATCH', `/channels/${thread}`, { archived: false })).status).toBe(403);
  });

  it('lists only unarchived threads as active', async () => {
    const open = await openPost('a');
    fake.archive(await openPost('b'));
    const { threads } = (await (
      await call('GET', `/guilds/${fake.guildId}/threads/active`)
    ).json()) as { threads: { id: string }[] };
    expect(threads.map((t) => t.id)).toEqual([open]);
  });

  it('refuses a reply to an unknown message unless fail_if_not_exists is false', async () => {
    const reference = { message_id: '1299999999999999999', channel_id: CHANNEL };
    const strict = await call('POST', `/channels/${CHANNEL}/messages`, {
      content: 'x',
      message_reference: reference,
    });
    expect([strict.status, ((await strict.json()) as { code: number }).code]).toEqual([400, 50035]);
    const lenient = await call('POST', `/channels/${CHANNEL}/messages`, {
      content: 'x',
      message_reference: { ...reference, fail_if_not_exists: false },
    });
    expect(lenient.status).toBe(200);
  });

  it('refuses allowed_mentions that both parse roles and list them', async () => {
    const response = await call('POST', `/channels/${CHANNEL}/messages`, {
      content: '<@&1>',
      allowed_mentions: { parse: ['roles'], roles: ['1'] },
    });
    expect(response.status).toBe(400);
  });

  it('tells who a message would notify, as Discord reads content and allowed_mentions', () => {
    const content = '@everyone <@&1> <@&2> <@3>';
    expect(pingsOf({ content })).toEqual(['@everyone', 'role:1', 'role:2', 'user:3']);
    expect(pingsOf({ content, allowed_mentions: { parse: [] } })).toEqual([]);
    expect(pingsOf({ content, allowed_mentions: { parse: [], roles: ['2'] } })).toEqual(['role:2']);
    expect(pingsOf({ embeds: [{ description: content }] })).toEqual([]);
    expect(pingsOf({ content: 'x', message_reference: { message_id: '1' } })).toEqual(['reply']);
    expect(
      pingsOf({
        content: 'x',
        message_reference: { message_id: '1' },
        allowed_mentions: { parse: [], replied_user: false },
      }),
    ).toEqual([]);
  });
});
