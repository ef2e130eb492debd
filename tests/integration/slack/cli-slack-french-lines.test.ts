import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { postSlackRequest, startFakeSlack, type FakeSlack } from '../../fakes/fake-slack.js';
import { startSlackBotHarness, waitUntil } from '../../fakes/slack-bot-harness.js';
import { startKidalStoryRun, type KidalStoryRun } from '../kidal-story-run.js';

/**
 * End to end on the fake Slack: a French and an English alert subscription get the same story
 * from `sahel-digest once`. The French post's fact buttons run French command lines, in the
 * alert and in its edit when a second outlet reports it; pressed, such a button opens the card.
 */

const FRENCH = 'C0FRALERTS';
const ENGLISH = 'C0ENALERTS';

let fake: FakeSlack;
let run: KidalStoryRun;

/** The values of every button of the channel's posts, as they read now (edits included). */
const buttonValues = (channel: string): string[] =>
  [
    ...JSON.stringify(fake.messages(channel).map((m) => m.blocks)).matchAll(/"value":"([^"]+)"/g),
  ].map((m) => m[1] ?? '');

beforeAll(async () => {
  fake = await startFakeSlack();
  run = await startKidalStoryRun(
    'sahel-slack-fr-lines-',
    [
      `  - { platform: slack, channel: "${FRENCH}", kind: alert, query: 'Kidal AND attack', locale: fr }`,
      `  - { platform: slack, channel: "${ENGLISH}", kind: alert, query: 'Kidal AND attack', locale: en }`,
    ],
    () => ({ SLACK_BOT_TOKEN: fake.token, SLACK_API_URL: fake.apiUrl }),
  );
}, 120_000);

afterAll(async () => {
  await run.close();
  await fake.close();
});

describe('fact buttons of scheduled Slack posts in a French channel', () => {
  it('run French command lines in the French alert and English ones in the English alert', () => {
    expect(fake.messages(FRENCH)).toHaveLength(1);
    expect(buttonValues(FRENCH)).toEqual([
      '/mali fiche jnim',
      '/mali fiche kidal',
      '/mali fiche mali',
    ]);
    expect(buttonValues(ENGLISH)).toEqual([
      '/mali fact jnim',
      '/mali fact kidal',
      '/mali fact mali',
    ]);
  });

  it('open the card when the French alert’s button is pressed', async () => {
    const posted = buttonValues(FRENCH).find((value) => value.endsWith(' jnim'));
    expect(posted).toBe('/mali fiche jnim');
    const bot = await startSlackBotHarness({
      prepare: (f) => f.addUser('UFR', { locale: 'fr-FR' }),
    });
    try {
      const payload = {
        type: 'block_actions',
        user: { id: 'UFR', username: 'ufr', team_id: bot.fake.teamId },
        api_app_id: 'A0FAKE',
        team: { id: bot.fake.teamId, domain: 'fake' },
        channel: { id: FRENCH, name: 'alertes' },
        container: { type: 'message', is_ephemeral: false, channel_id: FRENCH, message_ts: '1.0' },
        response_url: bot.fake.responseUrl('fact'),
        trigger_id: 't-fact',
        actions: [
          { type: 'button', action_id: 'run:0', block_id: 'b1', value: posted, action_ts: '1.1' },
        ],
      };
      const body = new URLSearchParams({ payload: JSON.stringify(payload) }).toString();
      expect((await postSlackRequest(bot.events, bot.secret, body)).status).toBe(200);
      await waitUntil(() => bot.fake.responses.some((r) => r.id === 'fact'));
      const answer = JSON.stringify(bot.fake.responses.find((r) => r.id === 'fact')?.body);
      expect(answer).toContain("Groupe de soutien à l'islam");
    } finally {
      await bot.close();
    }
  });

  it('keep them French when a second outlet’s report edits the alert', async () => {
    await run.secondOutlet();
    const [alert] = fake.messages(FRENCH);
    expect(alert?.edited).toBe(true);
    expect(JSON.stringify(alert?.blocks)).toContain('Outlet two');
    expect(buttonValues(FRENCH)).toEqual([
      '/mali fiche jnim',
      '/mali fiche kidal',
      '/mali fiche mali',
    ]);
  });
});
