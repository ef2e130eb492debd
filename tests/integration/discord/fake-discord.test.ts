import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startFakeDiscord, type FakeDiscord } from '../../fakes/fake-discord.js';

const CHANNEL = '1200000000000000001';

/** The fake must refuse what Discord refuses, or the tests that use it could not fail. */
describe('fake Discord', () => {
  let fake: FakeDiscord;
  beforeEach(async () => {
    fake = await startFakeDiscord({ channels: [CHANNEL] });
  });
  afterEach(() => fake.close());

  const post = (path: string, body: unknown, auth = `Bot ${fake.token}`): Promise<Response> =>
    fetch(`${fake.api}/v10${path}`, {
      method: 'POST',
      headers: { authorization: auth, 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });

  it('answers a payload beyond the limits with 400 Invalid Form Body, as Discord does', async () => {
    const embeds = Array.from({ length: 2 }, () => ({ description: 'x'.repeat(3500) }));
    const response = await post(`/channels/${CHANNEL}/messages`, { embeds });
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ code: 50035 });
    expect(fake.messages(CHANNEL)).toHaveLength(0);
  });

  it('refuses duplicate custom_ids and custom_ids over 100 characters', async () => {
    const button = (id: string) => ({ type: 2, style: 2, label: 'b', custom_id: id });
    const twice = await post(`/channels/${CHANNEL}/messages`, {
      components: [{ type: 1, components: [button('a'), button('a')] }],
    });
    const long = await post(`/channels/${CHANNEL}/messages`, {
      components: [{ type: 1, components: [button('x'.repeat(101))] }],
    });
    expect([twice.status, long.status]).toEqual([400, 400]);
  });

  it('de-duplicates on the nonce only when enforce_nonce is set', async () => {
    const body = { embeds: [{ description: 'hi' }], nonce: 'n1' };
    const a = await (
      await post(`/channels/${CHANNEL}/messages`, { ...body, enforce_nonce: true })
    ).json();
    const b = await (
      await post(`/channels/${CHANNEL}/messages`, { ...body, enforce_nonce: true })
    ).json();
    await post(`/channels/${CHANNEL}/messages`, body);
    expect((a as { id: string }).id).toBe((b as { id: string }).id);
    expect(fake.messages(CHANNEL)).toHaveLength(2);
  });

  it('answers an interaction callback 204 with no content type', async () => {
    const response = await post(
      '/interactions/123/tok/callback',
      { type: 4, data: { content: 'x' } },
      '',
    );
    expect(response.status).toBe(204);
    expect(response.headers.get('content-type')).toBeNull();
    expect(fake.callbacks).toHaveLength(1);
  });

  it('answers a wrong bot token with 401', async () => {
    const response = await post(`/channels/${CHANNEL}/messages`, { content: 'x' }, 'Bot nope');
    expect(response.status).toBe(401);
  });

  it('sends 429 with retry_after and the rate-limit headers discord.js reads', async () => {
    fake.fail({ route: 'createMessage', status: 429, retryAfter: 1.5 });
    const response = await post(`/channels/${CHANNEL}/messages`, { content: 'x' });
    expect(response.status).toBe(429);
    expect(await response.json()).toMatchObject({ retry_after: 1.5, global: false });
    expect(response.headers.get('retry-after')).toBe('1.5');
    expect(response.headers.get('x-ratelimit-remaining')).toBe('0');
    expect(response.headers.get('x-ratelimit-reset-after')).toBe('1.5');
  });
});
