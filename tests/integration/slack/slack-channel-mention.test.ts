import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NOW, subscriptionsOf, type AdminHarness } from '../commands/admin-harness.js';
import { startSlackBotHarness, type SlackBotHarness } from '../../fakes/slack-bot-harness.js';

let slack: SlackBotHarness;
let harness: AdminHarness;

beforeAll(async () => {
  slack = await startSlackBotHarness({
    prepare: (f) => {
      f.addUser('UADMIN', { admin: true });
      f.addUser('UADMINFR', { admin: true, locale: 'fr-FR' });
      f.addChannel('C0ADMIN', 'bot-admin');
      f.addChannel('C0ALERTS', 'sahel-alerts');
      f.addChannel('C0LURK', 'lurking', { member: false });
      f.addChannel('G0HIDDEN', 'hidden', { private: true, member: false });
    },
  });
  ({ harness } = slack);
});

afterAll(() => slack.close());

/** `/sahel <text>` typed in `channel` by `user`; the first answer's text at the response URL. */
async function slash(text: string, user = 'UADMIN', channel = 'C0ADMIN'): Promise<string> {
  const [first] = await slack.slash('/sahel', text, user, channel);
  return String(first?.text);
}

const alertsIn = (channel: string): string[] =>
  subscriptionsOf(harness)
    .list({ kind: 'alert', platform: 'slack', channel })
    .map((s) => (s.kind === 'alert' ? s.query : ''));

describe('channel:<#C…> on Slack, where the app is not', () => {
  it('refuses to add an alert or a digest there, with the channel’s name', async () => {
    expect(await slash('alert add Gao channel:<#C0LURK|lurking>')).toBe(
      'channel: the app is not in #lurking — invite it there with /invite @sahel-digest, then try again',
    );
    // A mention without its name: the name comes from conversations.info.
    expect(await slash('digest subscribe channel:<#C0LURK>')).toBe(
      'channel: the app is not in #lurking — invite it there with /invite @sahel-digest, then try again',
    );
    // A private channel the app was not invited to is not found: refused as well.
    expect(await slash('alert add Gao channel:<#G0HIDDEN|hidden>', 'UADMINFR')).toBe(
      'channel: l’application n’est pas dans #hidden — invitez-la avec /invite @sahel-digest, puis réessayez',
    );
    expect(alertsIn('C0LURK')).toEqual([]);
    expect(alertsIn('G0HIDDEN')).toEqual([]);
    expect(
      subscriptionsOf(harness).list({ kind: 'digest', platform: 'slack', channel: 'C0LURK' }),
    ).toEqual([]);
  });

  it('refuses to resume there, but lists and removes', async () => {
    const { id } = subscriptionsOf(harness).add(
      { platform: 'slack', channel: 'C0LURK', kind: 'alert', query: 'Kidal' },
      'chat',
    );
    subscriptionsOf(harness).pause('slack', 'C0LURK', 'not_in_channel', NOW);
    expect(await slash(`alert resume ${id} channel:<#C0LURK>`)).toBe(
      'channel: the app is not in #lurking — invite it there with /invite @sahel-digest, then try again',
    );
    expect(subscriptionsOf(harness).get(id)?.paused).not.toBeNull();
    const listed = await slash('alert list channel:<#C0LURK>');
    expect(listed).toContain('Alerts in #lurking');
    expect(listed).toContain(`/sahel alert resume ${id} channel:#lurking`);
    expect(await slash(`alert remove ${id} channel:<#C0LURK|lurking>`)).toBe(
      `Alert #${id} removed from #lurking: Kidal`,
    );
    expect(alertsIn('C0LURK')).toEqual([]);
  });

  it('still adds an alert to a channel the app is in, picked as a mention', async () => {
    expect(await slash('alert add Gao channel:<#C0ALERTS|sahel-alerts>')).toContain(
      'added in #sahel-alerts: Gao',
    );
    expect(alertsIn('C0ALERTS')).toEqual(['Gao']);
  });
});

describe('resume typed where the app is not, for a channel where it is', () => {
  it('resumes there without warning about the channel it was typed in', async () => {
    const { id } = subscriptionsOf(harness).add(
      { platform: 'slack', channel: 'C0ALERTS', kind: 'alert', query: 'Menaka' },
      'chat',
    );
    subscriptionsOf(harness).pause('slack', 'C0ALERTS', 'not_in_channel', NOW);
    const answer = await slash(`alert resume ${id} channel:#sahel-alerts`, 'UADMIN', 'C0LURK');
    expect(answer).toBe(
      `Alert #${id} resumed: the next new stories are posted in #sahel-alerts again.`,
    );
    expect(subscriptionsOf(harness).get(id)?.paused).toBeNull();
  });
});

describe('settings admin-channel:#name on Slack', () => {
  it('resolves the name to its channel, as channel: does', async () => {
    expect(await slash('settings admin-channel:#sahel-alerts')).toContain(
      'Admin channel (warnings about disabled feeds): #sahel-alerts (set for this platform)',
    );
    expect(await slash('reglages canal-admin:#bot-admin', 'UADMINFR')).toContain(
      '#bot-admin (ce canal)',
    );
  });

  it('refuses an unknown name, and a channel the app is not in, naming the option', async () => {
    expect(await slash('settings admin-channel:#sahel-alert')).toBe(
      'admin-channel: no channel #sahel-alert that the app can see — did you mean #sahel-alerts? (a private channel needs /invite @sahel-digest there first)',
    );
    expect(await slash('settings admin-channel:#lurking')).toBe(
      'admin-channel: the app is not in #lurking — invite it there with /invite @sahel-digest, then try again',
    );
    expect(await slash('settings admin-channel:<#C0LURK>')).toBe(
      'admin-channel: the app is not in #lurking — invite it there with /invite @sahel-digest, then try again',
    );
    expect(await slash('settings admin-channel:bot-admin')).toBe(
      // Slack's text escapes < and >, and shows them as typed.
      'admin-channel: "bot-admin" is not a channel — give #name, &lt;#id&gt; or the channel id',
    );
    expect(await slash('settings')).toContain(
      'Admin channel (warnings about disabled feeds): #bot-admin',
    );
  });
});
