import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeDiscord, type FakeDiscord } from '../../fakes/fake-discord.js';
import { startDiscordBotHarness, waitFor } from '../../fakes/discord-bot-harness.js';
import { interactionPayload } from '../../fakes/fake-discord-gateway.js';
import { startKidalStoryRun, type KidalStoryRun } from '../kidal-story-run.js';

/**
 * End to end on the fake Discord: a French and an English alert subscription get the same story
 * from `sahel-digest once`. The French post's fact buttons carry French command lines, in the
 * alert and in its edit when a second outlet reports it; pressed, such a button opens the card.
 */

const FRENCH = '1200000000000000031';
const ENGLISH = '1200000000000000032';

let fake: FakeDiscord;
let run: KidalStoryRun;

/** The custom_ids of every button of the channel's posts, as they read now (edits included). */
const buttonIds = (channel: string): string[] =>
  [
    ...JSON.stringify(fake.messages(channel).map((m) => m.body.components)).matchAll(
      /"custom_id":"([^"]+)"/g,
    ),
  ].map((m) => m[1] ?? '');

beforeAll(async () => {
  fake = await startFakeDiscord({ channels: [FRENCH, ENGLISH] });
  run = await startKidalStoryRun(
    'sahel-discord-fr-lines-',
    [
      `  - { platform: discord, channel: "${FRENCH}", kind: alert, query: 'Kidal AND attack', locale: fr }`,
      `  - { platform: discord, channel: "${ENGLISH}", kind: alert, query: 'Kidal AND attack', locale: en }`,
    ],
    () => ({ DISCORD_TOKEN: fake.token, DISCORD_API_BASE: fake.api }),
  );
}, 120_000);

afterAll(async () => {
  await run.close();
  await fake.close();
});

describe('fact buttons of scheduled Discord posts in a French channel', () => {
  it('carry French command lines in the French alert and English ones in the English alert', () => {
    expect(fake.messages(FRENCH)).toHaveLength(1);
    expect(buttonIds(FRENCH)).toEqual([
      '/mali fiche jnim',
      '/mali fiche kidal',
      '/mali fiche mali',
    ]);
    expect(buttonIds(ENGLISH)).toEqual(['/mali fact jnim', '/mali fact kidal', '/mali fact mali']);
  });

  it('open the card when the French alert’s button is pressed', async () => {
    const posted = buttonIds(FRENCH).find((id) => id.endsWith(' kidal'));
    expect(posted).toBe('/mali fiche kidal');
    const harness = await startDiscordBotHarness(fake, [FRENCH]);
    try {
      const press = { custom_id: posted, component_type: 2 };
      const raw = interactionPayload(fake, { channel: FRENCH, locale: 'fr' }, 3, press);
      harness.gateway.sendInteraction(raw);
      const callback = await waitFor(() => fake.callbacks.find((c) => c.id === raw.id));
      expect(callback.body.type).toBe(4);
      expect(JSON.stringify(callback.body)).toContain('Ville et région du nord du Mali');
    } finally {
      await harness.close();
    }
  });

  it('keep them French when a second outlet’s report edits the alert', async () => {
    await run.secondOutlet();
    expect(fake.messages(FRENCH)[0]?.edits).toBe(1);
    expect(JSON.stringify(fake.messages(FRENCH)[0]?.body)).toContain('Outlet two');
    expect(buttonIds(FRENCH)).toEqual([
      '/mali fiche jnim',
      '/mali fiche kidal',
      '/mali fiche mali',
    ]);
  });
});
