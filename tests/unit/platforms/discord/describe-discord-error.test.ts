import { describe, expect, it } from 'vitest';
import {
  describeDiscordError,
  isChannelLost,
} from '../../../../src/platforms/discord/describe-discord-error.js';
import { channelLostNotice } from '../../../../src/platforms/discord/channel-lost-notice.js';

const CHANNEL = '123';

describe('describeDiscordError', () => {
  it('retries server errors, rate limits handed back and network faults', () => {
    expect(describeDiscordError({ status: 502 }, CHANNEL)).toMatchObject({
      code: 'SERVER_ERROR',
      retryable: true,
    });
    expect(describeDiscordError({ retryAfter: 90_000 }, CHANNEL)).toEqual({
      code: 'RATE_LIMITED',
      message: 'Discord rate limit on channel 123',
      retryable: true,
      retryAfterMs: 90_000,
    });
    expect(describeDiscordError(new Error('connect ECONNREFUSED 127.0.0.1:1'), CHANNEL)).toEqual({
      code: 'NETWORK',
      message: 'could not reach Discord for channel 123: connect ECONNREFUSED 127.0.0.1:1',
      retryable: true,
    });
  });

  it('does not retry a refused payload, and names the problem', () => {
    expect(describeDiscordError({ status: 400, code: 50035 }, CHANNEL)).toEqual({
      code: 'REJECTED',
      message: 'Discord refused the message for channel 123 (400: Invalid Form Body, 50035)',
      retryable: false,
    });
  });

  it('counts 403 and 404 as a lost channel, but not a deleted message', () => {
    expect(isChannelLost(describeDiscordError({ status: 403, code: 50013 }, CHANNEL))).toBe(true);
    expect(isChannelLost(describeDiscordError({ status: 404, code: 10003 }, CHANNEL))).toBe(true);
    expect(isChannelLost(describeDiscordError({ status: 404, code: 10008 }, CHANNEL))).toBe(false);
  });
});

describe('channelLostNotice', () => {
  it('tells the admins which channel, why, and that its subscriptions are paused', () => {
    const failure = describeDiscordError({ status: 403, code: 50001 }, CHANNEL);
    const paused = [
      {
        id: 3,
        kind: 'alert',
        query: 'Kidal',
        pingRole: null,
        platform: 'discord',
        channel: CHANNEL,
        locale: null,
        origin: 'chat',
        createdAt: 1,
        paused: { reason: failure.message, at: 2 },
      },
    ] as const;
    expect(channelLostNotice({ channel: CHANNEL, failure }, 'fr', paused)).toMatchInlineSnapshot(`
      {
        "blocks": [
          {
            "text": "Publications en échec dans un salon",
            "type": "heading",
          },
          {
            "text": "Le bot ne peut plus publier dans le salon 123 : il lui manque Voir le salon, il ne voit donc même pas le salon (Missing Access, 50001). Rendez-lui Voir le salon, Envoyer des messages et Intégrer des liens dans ce salon, ou retirez-en les alertes et résumés avec /sahel-admin.
      En pause jusqu'à leur reprise par un admin : #3 (alert). /sahel alerte liste les montre avec la raison ; quand le bot pourra de nouveau y publier, /sahel alerte reprendre <id> ou /sahel resume reprendre <id>, tapé dans ce salon, reprend chacun.",
            "tone": "error",
            "type": "text",
          },
        ],
        "fallback": "Publications en échec dans un salon — Le bot ne peut plus publier dans le salon 123 : il lui manque Voir le salon, il ne voit donc même pas le salon (Missing Access, 50001). Rendez-lui Voir le salon, Envoyer des messages et Intégrer des liens dans ce salon, ou retirez-en les alertes et résumés avec /sahel-admin.
      En pause jusqu'à leur reprise par un admin : #3 (alert). /sahel alerte liste les montre avec la raison ; quand le bot pourra de nouveau y publier, /sahel alerte reprendre <id> ou /sahel resume reprendre <id>, tapé dans ce salon, reprend chacun.",
      }
    `);
  });
});

describe('the permission a lost Discord channel lacks', () => {
  it('says View Channel for Missing Access and Send Messages or Embed Links for Missing Permissions', () => {
    const text = (code: number, locale: 'en' | 'fr') =>
      channelLostNotice(
        {
          channel: CHANNEL,
          name: 'sahel-alerts',
          failure: describeDiscordError({ status: 403, code }, CHANNEL),
        },
        locale,
      ).fallback;
    expect(text(50001, 'en')).toContain(
      'in channel #sahel-alerts: it lacks View Channel there, so it cannot even see the channel (Missing Access, 50001)',
    );
    expect(text(50013, 'en')).toContain(
      'it sees the channel but lacks Send Messages or Embed Links there (Missing Permissions, 50013)',
    );
    expect(text(50013, 'fr')).toContain(
      'il voit le salon mais il lui manque Envoyer des messages ou Intégrer des liens (Missing Permissions, 50013)',
    );
  });
});
