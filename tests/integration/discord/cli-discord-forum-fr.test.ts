import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeDiscord, type FakeDiscord } from '../../fakes/fake-discord.js';
import { startSituationRun, type SituationRun } from '../situation-run.js';

/**
 * End to end on the fake Discord: a French alert subscription on a forum and an English one on
 * a text channel follow the same situation. The French forum post is titled with the arc's
 * French title and its second development says "En développement — Blocus du carburant au
 * Mali"; the English channel reads "Developing — Mali fuel blockade".
 */

const FORUM = '1200000000000000015';
const TEXT = '1200000000000000016';

let fake: FakeDiscord;
let run: SituationRun;

beforeAll(async () => {
  fake = await startFakeDiscord({ forums: [FORUM], channels: [TEXT] });
  run = await startSituationRun(
    'sahel-discord-forum-fr-',
    [
      `  - { platform: discord, channel: "${FORUM}", kind: alert, query: 'Mali AND fuel', locale: fr }`,
      `  - { platform: discord, channel: "${TEXT}", kind: alert, query: 'Mali AND fuel', locale: en }`,
    ],
    () => ({ DISCORD_TOKEN: fake.token, DISCORD_API_BASE: fake.api }),
  );
});

afterAll(async () => {
  await run.close();
  await fake.close();
});

describe('a French forum subscription to a developing situation', () => {
  it('titles the forum post and the development heading with the French arc title', async () => {
    expect((await run.once()).code).toBe(0);
    await run.playBothDevelopments();

    const [post, ...others] = fake.threads(FORUM);
    expect(others).toEqual([]);
    expect(post?.name).toContain('Blocus du carburant au Mali');
    const french = fake.messages(post?.id ?? '').map((m) => JSON.stringify(m.body.embeds));
    expect(french).toHaveLength(2);
    expect(french[1]).toContain('En développement — Blocus du carburant au Mali');
    expect(french.join('')).not.toContain('Mali fuel blockade');

    const english = fake.messages(TEXT).map((m) => JSON.stringify(m.body.embeds));
    expect(english).toHaveLength(2);
    expect(english[1]).toContain('Developing — Mali fuel blockade');
  });
});
