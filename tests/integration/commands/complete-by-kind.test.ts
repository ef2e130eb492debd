import { describe, expect, it } from 'vitest';
import { createCommandSet } from '../../../commands/index.js';
import { completeChatLine } from '../../../src/cli/chat-complete.js';
import type { InvocationContext } from '../../../src/core/command.js';
import { botBaseOf, config, subscriptionsOf, useAdminHarness } from './admin-harness.js';

const commands = createCommandSet(config);
const definition = (group: string, name: string) => {
  const found = commands.tops
    .flatMap((t) => t.commands)
    .find((c) => c.group === group && c.name === name);
  if (found === undefined) throw new Error(`no /sahel ${group} ${name}`);
  return found;
};

describe('ids offered for alert remove|resume and digest resume', () => {
  const h = useAdminHarness();

  function context(): InvocationContext {
    return {
      ...botBaseOf(h),
      locale: 'en',
      platform: 'console',
      channel: 'console',
      requester: { userId: 'console', admin: true },
    };
  }

  function fill(): { alert: number; digest: number } {
    const alert = subscriptionsOf(h).add(
      { platform: 'console', channel: 'console', kind: 'alert', query: 'Wagner' },
      'chat',
    ).id;
    const digest = subscriptionsOf(h).add(
      {
        platform: 'console',
        channel: 'console',
        kind: 'digest',
        cron: '0 7 * * *',
        timezone: 'Africa/Bamako',
      },
      'chat',
    ).id;
    return { alert, digest };
  }

  it('offers only alert ids under alert, only digest ids under digest, each labelled with its query or schedule', async () => {
    const { alert, digest } = fill();
    const offered = async (group: string, name: string) =>
      commands.complete('subscription', '', context(), {}, definition(group, name));
    for (const name of ['remove', 'resume']) {
      const alerts = await offered('alert', name);
      expect(alerts.map((c) => c.value)).toContain(String(alert));
      expect(alerts.map((c) => c.value)).not.toContain(String(digest));
      expect(alerts.find((c) => c.value === String(alert))?.label).toBe(`#${alert} alert: Wagner`);
    }
    const digests = await offered('digest', 'resume');
    expect(digests).toEqual([
      { value: String(digest), label: `#${digest} digest: 0 7 * * * Africa/Bamako` },
    ]);
    // Without the command, every subscription of the channel, as before.
    const all = await commands.complete('subscription', '', context());
    expect(all.map((c) => c.value)).toEqual(
      expect.arrayContaining([String(alert), String(digest)]),
    );
  });

  it('completes the same way in the chat, with the commands typed in French', async () => {
    const { alert, digest } = fill();
    const fr = { ...context(), locale: 'fr' as const };
    const [digestIds] = await completeChatLine(commands, '/sahel resume reprendre ', fr);
    expect(digestIds).toContain(String(digest));
    expect(digestIds).not.toContain(String(alert));
    const [alertIds] = await completeChatLine(commands, '/sahel alert resume ', context());
    expect(alertIds).toContain(String(alert));
    expect(alertIds).not.toContain(String(digest));
    expect(await completeChatLine(commands, '/sahel alerte ret', fr)).toEqual([
      ['retirer '],
      'ret',
    ]);
    expect((await completeChatLine(commands, '/sahel recherche x t', fr))[0]).toEqual(['tri:']);
  });
});
