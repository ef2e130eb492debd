import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addStories, story, type AdminHarness } from '../commands/admin-harness.js';
import { postSlackRequest, type FakeSlack } from '../../fakes/fake-slack.js';
import {
  startSlackBotHarness,
  waitUntil as until,
  type SlackBotHarness,
} from '../../fakes/slack-bot-harness.js';

/**
 * The bot as its users meet it: admins listed in config, answers in the user's Slack language,
 * and the Home tab's buttons. Real Bolt and WebClient against the fake Slack.
 */

const SECRET = 'users-signing-secret';

let slack: SlackBotHarness;
let fake: FakeSlack;
let harness: AdminHarness;
let events: string;

beforeAll(async () => {
  slack = await startSlackBotHarness({
    secret: SECRET,
    admins: ['ULISTED'],
    prepare: (f, h) => {
      f.addUser('ULISTED');
      f.addUser('UUSER');
      f.addUser('UFR', { locale: 'fr-FR' });
      const jnim = story('s-jnim', 'JNIM claims an attack near Kidal', 3);
      addStories(h.store, [
        { ...jnim, entities: ['jnim'] },
        { ...story('s-old', 'Older news from Bamako', 72), entities: ['mali'] },
      ]);
    },
  });
  ({ fake, harness, events } = slack);
});

afterAll(() => slack.close());

let requests = 0;
/** Runs a slash command as `user` and returns the bot's answers at the response URL. */
async function slash(command: string, text: string, user: string, channel = 'C1') {
  return slack.slash(command, text, user, channel);
}

/** Opens `user`'s Home tab and returns the published view as JSON text. */
async function openHome(user: string): Promise<string> {
  fake.views.delete(user);
  const event = {
    type: 'event_callback',
    team_id: fake.teamId,
    api_app_id: 'A0FAKE',
    event: { type: 'app_home_opened', user, channel: 'D1', tab: 'home', event_ts: '1.2' },
    event_id: `Ev${(requests += 1)}`,
    event_time: Math.floor(Date.now() / 1000),
    authorizations: [{ team_id: fake.teamId, user_id: fake.botUserId, is_bot: true }],
  };
  expect((await postSlackRequest(events, SECRET, JSON.stringify(event))).status).toBe(200);
  await until(() => fake.views.has(user));
  return JSON.stringify(fake.views.get(user));
}

/** Presses a Home tab button running `value`, as `user`. */
async function pressOnHome(value: string, user: string): Promise<void> {
  const payload = {
    type: 'block_actions',
    user: { id: user, username: user.toLowerCase(), team_id: fake.teamId },
    api_app_id: 'A0FAKE',
    team: { id: fake.teamId, domain: 'fake' },
    container: { type: 'view', view_id: 'V1' },
    view: { id: 'V1', type: 'home' },
    trigger_id: `t${(requests += 1)}`,
    actions: [
      {
        type: 'button',
        action_id: 'run:0',
        block_id: 'b1',
        value,
        text: { type: 'plain_text', text: 'button' },
        action_ts: '1.1',
      },
    ],
  };
  const body = new URLSearchParams({ payload: JSON.stringify(payload) }).toString();
  expect((await postSlackRequest(events, SECRET, body)).status).toBe(200);
}

describe('Slack bot: admins listed in config', () => {
  it('lets a listed user who is not a workspace admin add an alert', async () => {
    const [answer] = await slash('/sahel', 'alert add Kidal', 'ULISTED', 'C7');
    expect(answer?.response_type).toBe('ephemeral');
    expect(String(answer?.text)).not.toMatch(/only workspace admins/);
    const list = await harness.text('/sahel alert list', { platform: 'slack', channel: 'C7' });
    expect(list).toMatch(/Kidal/);
  });

  it('refuses an unlisted user who is not a workspace admin', async () => {
    const [answer] = await slash('/sahel', 'alert add Gao', 'UUSER', 'C8');
    expect(String(answer?.text)).toMatch(/^only workspace admins can change alerts/);
    const list = await harness.text('/sahel alert list', { platform: 'slack', channel: 'C8' });
    expect(list).not.toMatch(/Gao/);
  });
});

describe('Slack bot: answers in the user’s language', () => {
  it('answers a user whose Slack is in French in French, and others in the configured language', async () => {
    const [french] = await slash('/mali', 'news', 'UFR');
    const [english] = await slash('/mali', 'news', 'UUSER');
    expect(String(french?.text) + JSON.stringify(french?.blocks)).toMatch(/depuis le/);
    expect(JSON.stringify(english?.blocks)).toMatch(/since/);
    expect(JSON.stringify(english?.blocks)).not.toMatch(/depuis le/);
  });

  it('refuses an admin command in French to a French user', async () => {
    const [answer] = await slash('/sahel', 'alert add Gao', 'UFR', 'C8');
    expect(String(answer?.text)).toMatch(/administrateurs de l'espace de travail/);
  });

  it('answers a mistyped command in French to a French user, and in English to others', async () => {
    const [french] = await slash('/mali', 'timeline form:2023', 'UFR');
    const [english] = await slash('/mali', 'timeline form:2023', 'UUSER');
    expect(french?.response_type).toBe('ephemeral');
    expect(String(french?.text)).toMatch(
      /option inconnue « form » — vouliez-vous dire « depuis » \?/,
    );
    expect(String(english?.text)).toMatch(/unknown option "form" — did you mean "from"\?/);
  });

  it('gives a French user page buttons that run the French command line', async () => {
    const [french] = await slash('/mali', 'actus depuis:7d nombre:1', 'UFR');
    const next = '/mali actus depuis:7d nombre:1 page:2';
    expect(JSON.stringify(french?.blocks)).toContain(`"value":"${next}"`);
    expect(String(french?.text)).toContain(`Page suivante: ${next}`);
    expect(String(french?.text) + JSON.stringify(french?.blocks)).not.toMatch(/news|since|limit/);
  });

  it('asks Slack for a user’s language once an hour, not at every command', async () => {
    const before = fake.calls.filter((c) => c.method === 'users.info' && c.args.user === 'UFR');
    await slash('/mali', 'timeline from:2023', 'UFR');
    const after = fake.calls.filter((c) => c.method === 'users.info' && c.args.user === 'UFR');
    expect(before.length).toBeGreaterThan(0);
    expect(after).toHaveLength(before.length);
  });
});

describe('Slack bot: App Home buttons', () => {
  it('offers today’s digest per country and the fact cards today’s news cites', async () => {
    const view = await openHome('UUSER');
    expect(view).toContain('"value":"/mali news since:24h"');
    expect(view).toContain('"value":"/mali fact jnim"');
    // Mali's card is cited only by a story three days old: not today's background.
    expect(view).not.toContain('fact mali');
  });

  it('shows the Home tab in French to a French user, its buttons running French lines', async () => {
    const view = await openHome('UFR');
    expect(view).toContain('Résumé du jour /mali');
    expect(view).toContain('"value":"/mali actus depuis:24h"');
    expect(view).toContain('"value":"/mali fiche jnim"');
    expect(view).toContain('"text":"/sahel aide"');
    expect(view).not.toContain('/sahel help');
  });

  it('answers the today’s digest button with a direct message holding today’s stories', async () => {
    await pressOnHome('/mali news since:24h', 'UUSER');
    await until(() => fake.messages('UUSER').length > 0);
    const direct = JSON.stringify(fake.messages('UUSER'));
    expect(direct).toMatch(/JNIM claims an attack near Kidal/);
    expect(direct).not.toMatch(/Older news from Bamako/);
  });

  it('answers a fact card button with a direct message, in French for a French user', async () => {
    await pressOnHome('/mali fiche jnim', 'UFR');
    await until(() => fake.messages('UFR').length > 0);
    const [direct] = fake.messages('UFR');
    expect(JSON.stringify(direct?.blocks)).toMatch(/Groupe de soutien à l'islam/);
    expect(fake.ephemerals).toHaveLength(0);
  });
});
