import { describe, expect, it } from 'vitest';
import type { Message } from '../../../src/core/message.js';
import { channelLabel } from '../../../src/core/channel-lost.js';
import { channelLostNotice as discordNotice } from '../../../src/platforms/discord/channel-lost-notice.js';
import { describeDiscordError } from '../../../src/platforms/discord/describe-discord-error.js';
import { channelLostNotice as slackNotice } from '../../../src/platforms/slack/channel-lost-notice.js';
import { describeSlackError } from '../../../src/platforms/slack/describe-slack-error.js';

const DISCORD = '1200000000000000001';
const SLACK = 'C0LOST';

const textOf = (message: Message): string =>
  message.blocks.flatMap((b) => (b.type === 'text' ? [b.text] : [])).join('\n');

const slackError = (error: string) => describeSlackError({ data: { error } }, SLACK);

describe('lost-channel notices', () => {
  it('names a Discord channel by its name and gives the reason in French', () => {
    const failure = describeDiscordError({ status: 403, code: 50001 }, DISCORD);
    const text = textOf(discordNotice({ channel: DISCORD, failure, name: 'alertes-sahel' }, 'fr'));
    expect(text).toBe(
      'Le bot ne peut plus publier dans le salon #alertes-sahel : il lui manque Voir le salon, il ne voit donc même pas le salon (Missing Access, 50001). Rendez-lui Voir le salon, Envoyer des messages et Intégrer des liens dans ce salon, ou retirez-en les alertes et résumés avec /sahel-admin.',
    );
    expect(text).not.toContain(DISCORD);
    expect(text).not.toContain('may not post');
  });

  it('gives the same notice in English, and the channel id when its name is unknown', () => {
    const failure = describeDiscordError({ status: 404, code: 10003 }, DISCORD);
    const notice = discordNotice({ channel: DISCORD, failure }, 'en');
    expect(textOf(notice)).toMatch(
      new RegExp(
        `^The bot may not post in channel ${DISCORD}: the channel was deleted or the bot can no longer see it \\(Unknown Channel, 10003\\)\\. `,
      ),
    );
    expect(notice.fallback).toMatch(/^Posts failing in a channel — The bot may not post/);
  });

  it('gives each Slack reason in French, keeping Slack’s error code', () => {
    const reasons = ['channel_not_found', 'not_in_channel', 'is_archived'].map((error) =>
      textOf(slackNotice({ channel: SLACK, failure: slackError(error), name: 'veille' }, 'fr')),
    );
    expect(reasons).toEqual([
      expect.stringMatching(
        /^Le bot ne peut plus publier dans le canal Slack #veille : le canal n'existe pas ou le bot ne le voit pas \(channel_not_found\)\. /,
      ),
      expect.stringContaining(
        "#veille : le bot n'en est pas membre, invitez-le avec /invite @sahel-digest (not_in_channel).",
      ),
      expect.stringContaining('#veille : le canal est archivé (is_archived).'),
    ]);
    // Only Slack's error codes, in parentheses, stay in English.
    for (const text of reasons)
      expect(text.replace(/\([^)]*\)/g, '')).not.toMatch(/does not|archived|member/);
  });

  it('lists the paused subscriptions in the notice’s language', () => {
    const failure = slackError('is_archived');
    const paused = [
      {
        id: 7,
        kind: 'alert',
        query: 'Kidal',
        pingRole: null,
        platform: 'slack',
        channel: SLACK,
        locale: null,
        origin: 'chat',
        createdAt: 1,
        paused: { reason: failure.message, at: 2 },
      },
    ] as const;
    const notice = slackNotice({ channel: SLACK, failure }, 'fr', paused);
    expect(textOf(notice)).toContain(`canal Slack ${SLACK} : le canal est archivé (is_archived).`);
    expect(textOf(notice)).toContain("En pause jusqu'à leur reprise par un admin : #7 (alert).");
    expect(textOf(notice)).toContain('/sahel alerte liste les montre');
    expect(textOf(notice)).toContain(
      '/sahel alerte reprendre <id> ou /sahel resume reprendre <id>',
    );
    expect(notice.fallback).toMatch(/^Envoi interrompu — Le bot ne peut plus publier/);
  });

  it('labels a channel #name, without doubling a # the platform already gave', () => {
    expect(channelLabel({ channel: 'C1', name: 'veille' })).toBe('#veille');
    expect(channelLabel({ channel: 'C1', name: '#veille' })).toBe('#veille');
    expect(channelLabel({ channel: 'C1', name: ' ' })).toBe('C1');
    expect(channelLabel({ channel: 'C1' })).toBe('C1');
  });
});
