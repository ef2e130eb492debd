import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Message } from '../../../src/core/message.js';
import { buildAlert } from '../../../src/digest/build-alert.js';
import { buildDigest } from '../../../src/digest/build-digest.js';
import { createConsolePlatform } from '../../../src/platforms/console/console-platform.js';
import { renderText } from '../../../src/platforms/console/render-text.js';
import { createDiscordPlatform } from '../../../src/platforms/discord/discord-platform.js';
import { renderDiscord } from '../../../src/platforms/discord/render-discord.js';
import { renderSlack } from '../../../src/platforms/slack/render-slack.js';
import { startFakeDiscord, type FakeDiscord } from '../../fakes/fake-discord.js';
import { config, HOUR, NOW, source, story } from '../digest/make-story.js';

/*
 * A French channel of an English deployment: the platform's default language is English, the
 * alert or digest was written in French. The labels every renderer adds to a story card
 * ("Sources", "Tags", "Background") follow the card, not the platform.
 */

const kidal = story('kidal', {
  title: 'Attaque contre un convoi près de Kidal',
  lang: 'fr',
  tags: ['attack'],
  entities: ['kidal', 'jnim'],
  sources: [source('Le Courrier', { lang: 'fr' }), source('Sahel Wire')],
});

const alertIn = (locale: 'en' | 'fr'): Message =>
  buildAlert({ story: kidal, query: 'Kidal', locale, config });

const digestIn = (locale: 'en' | 'fr'): Message | null =>
  buildDigest({
    stories: [kidal],
    window: { from: NOW - 24 * HOUR, to: NOW },
    timezone: 'UTC',
    locale,
    size: 5,
    empty: 'notice',
    config,
  });

describe('story card labels in the card’s language', () => {
  it('prints a French digest on the console with French labels whatever the default', () => {
    const text = renderText(digestIn('fr') ?? { blocks: [], fallback: '' }, { locale: 'en' });
    expect(text).toContain('  Sources : Le Courrier');
    expect(text).toContain('  Thèmes : Attaque');
    expect(text).toContain('  Contexte :\n');
    expect(text).not.toMatch(/Sources: |Tags: |Background:/);
    const english = renderText(digestIn('en') ?? { blocks: [], fallback: '' });
    expect(english).toContain('  Tags: Attack');
    expect(english).toContain('  Background:\n');
  });

  it('labels a French card’s sources and background in French on Discord and Slack', () => {
    const [discord] = renderDiscord(alertIn('fr'), { locale: 'en' });
    const fields = discord?.embeds?.flatMap((e) => e.fields ?? []) ?? [];
    expect(fields.map((f) => f.name)).toEqual(['Contexte']);
    expect(discord?.embeds?.[0]?.description).toContain('Sources : [Le Courrier]');
    const slack = JSON.stringify(renderSlack(alertIn('fr'), { locale: 'en' }));
    expect(slack).toContain('*Contexte :*');
    expect(slack).toContain('Sources : <');
    expect(slack).not.toContain('Background');
    const [english] = renderDiscord(alertIn('en'), { locale: 'fr' });
    expect(english?.embeds?.flatMap((e) => e.fields ?? []).map((f) => f.name)).toEqual([
      'Background',
    ]);
  });
});

describe('a French console', () => {
  it('heads an edited alert as its update in French', async () => {
    const chunks: string[] = [];
    const platform = createConsolePlatform({
      out: { write: (chunk: string) => chunks.push(chunk) },
      locale: 'fr',
    });
    await platform.edit('alertes', 'console-1', alertIn('fr'));
    expect(chunks.join('')).toMatch(/^── #alertes \(mise à jour de console-1\) ─+\n/);
    expect(chunks.join('')).toContain('  Contexte :\n');
  });
});

describe('a French alert posted by an English Discord deployment', () => {
  const CHANNEL = '1200000000000000001';
  let fake: FakeDiscord;
  beforeEach(async () => {
    fake = await startFakeDiscord({ channels: [CHANNEL] });
  });
  afterEach(() => fake.close());

  it('reaches Discord with its French heading and labels', async () => {
    const platform = createDiscordPlatform({ token: fake.token, apiBase: fake.api, locale: 'en' });
    const sent = await platform.send({
      channel: CHANNEL,
      message: alertIn('fr'),
      idempotencyKey: 'alert:1:kidal',
    });
    expect(sent.ok).toBe(true);
    const [posted] = fake.messages(CHANNEL);
    const embed = JSON.stringify(posted?.body.embeds);
    expect(embed).toContain('"name":"Contexte"');
    expect(embed).toContain('Alerte Sahel');
    expect(embed).not.toContain('Background');
    expect(posted?.body.allowed_mentions).toEqual({ parse: [] });
  });
});
