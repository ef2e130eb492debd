import { describe, expect, it } from 'vitest';
import { alertAddCommand } from '../../../commands/alert.js';
import { targetChannel } from '../../../commands/alert-channel.js';
import { digestSubscribeCommand } from '../../../commands/digest-subscribe.js';
import type { ChannelRef } from '../../../src/core/admin-ports.js';
import type { CommandPorts } from '../../../src/core/command-ports.js';
import type { Message } from '../../../src/core/message.js';
import { loadConfig } from '../../../src/config/load-config.js';
import { makeContext } from '../../fakes/command-context.js';

const loaded = loadConfig('config');
if (!loaded.ok) throw new Error('config/ does not load');
const config = loaded.value;

const textOf = (message: Message): string => message.fallback;

/** Admin ports that record where each subscription went. */
function recordingPorts(seen: ChannelRef[]): CommandPorts {
  const subscription = {
    id: 7,
    kind: 'alert',
    query: 'Kidal',
    pingRole: null,
    origin: 'chat',
    paused: null,
  };
  const digest = {
    id: 8,
    kind: 'digest',
    cron: '0 7 * * *',
    timezone: 'Africa/Bamako',
    size: null,
    locale: null,
    origin: 'chat',
    paused: null,
  };
  return {
    admin: {
      addAlert: (where: ChannelRef) => {
        seen.push(where);
        const preview = { days: 7, matched: 0, examples: [] };
        return Promise.resolve({ ok: true, value: { subscription, created: true, preview } });
      },
      subscribeDigest: (where: ChannelRef) => {
        seen.push(where);
        return { ok: true, value: { subscription: digest, created: true, nextRun: null } };
      },
    },
  } as unknown as CommandPorts;
}

describe('channel: on alert add and digest subscribe', () => {
  it('reads a Discord mention with its name, a Slack mention, and a bare id', () => {
    const discord = makeContext(config, { platform: 'discord', channel: '1200000000000000001' });
    expect(targetChannel({ channel: '<#1200000000000000002|sahel-arcs>' }, discord)).toEqual({
      target: {
        where: { platform: 'discord', channel: '1200000000000000002' },
        label: '#sahel-arcs',
        option: '#sahel-arcs',
        chosen: true,
      },
    });
    const slack = makeContext(config, { platform: 'slack', channel: 'C0HERE' });
    expect(targetChannel({ channel: '<#C0ALERTS>' }, slack)).toMatchObject({
      target: { where: { channel: 'C0ALERTS' }, label: '#C0ALERTS', option: '<#C0ALERTS>' },
    });
    expect(targetChannel({ channel: 'C0ALERTS' }, slack)).toMatchObject({
      target: { where: { channel: 'C0ALERTS' } },
    });
    expect(targetChannel({}, slack)).toMatchObject({
      target: { where: { channel: 'C0HERE' }, chosen: false },
    });
  });

  it('refuses a value that is not a channel, and subscribes nothing', async () => {
    const seen: ChannelRef[] = [];
    const context = makeContext(config, { ports: recordingPorts(seen) });
    const answer = await alertAddCommand.handle({ query: 'Kidal', channel: 'alerts' }, context);
    expect(textOf(answer)).toBe(
      'channel: "alerts" is not a channel — pick one in the channel option, or give <#id> or the channel id',
    );
    expect(seen).toEqual([]);
  });

  it('subscribes the channel it names and says so in the answer', async () => {
    const seen: ChannelRef[] = [];
    const context = makeContext(config, {
      platform: 'discord',
      channel: '1200000000000000001',
      ports: recordingPorts(seen),
      server: { sameServer: (ids) => Promise.resolve(new Map(ids.map((id) => [id, null]))) },
    });
    const alert = await alertAddCommand.handle(
      { query: 'Kidal', channel: '<#1200000000000000002|sahel-arcs>' },
      context,
    );
    expect(textOf(alert).split('\n')[0]).toBe('Alert #7 added in #sahel-arcs: Kidal');
    const digest = await digestSubscribeCommand.handle(
      { channel: '<#1200000000000000002|sahel-arcs>' },
      context,
    );
    expect(textOf(digest)).toContain('Digest #8 for #sahel-arcs:');
    expect(seen.map((w) => w.channel)).toEqual(['1200000000000000002', '1200000000000000002']);
    const here = await alertAddCommand.handle({ query: 'Kidal' }, context);
    expect(textOf(here).split('\n')[0]).toBe('Alert #7 added: Kidal');
  });
});
