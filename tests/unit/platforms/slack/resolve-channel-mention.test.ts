import type { WebClient } from '@slack/web-api';
import { describe, expect, it } from 'vitest';
import type { Invocation } from '../../../../src/core/command.js';
import { err, ok } from '../../../../src/core/result.js';
import { resolveChannelOption } from '../../../../src/platforms/slack/resolve-channel-option.js';
import type { SlackChannelDirectory } from '../../../../src/platforms/slack/slack-channel-directory.js';

/** conversations.info as Slack answers a bot: C0OPS it is in, C0LURK not, G0HIDDEN unseen. */
function clientOf(asked: string[]): WebClient {
  const info = ({ channel }: { channel: string }) => {
    asked.push(channel);
    if (channel === 'G0HIDDEN' || channel === 'C0GONE')
      return Promise.reject(
        Object.assign(new Error('An API error occurred: channel_not_found'), {
          data: { ok: false, error: channel === 'C0GONE' ? 'missing_scope' : 'channel_not_found' },
        }),
      );
    const name = channel === 'C0OPS' ? 'ops' : 'lurking';
    return Promise.resolve({
      ok: true,
      channel: { id: channel, name, is_member: channel === 'C0OPS' },
    });
  };
  return { conversations: { info } } as unknown as WebClient;
}

const directory: SlackChannelDirectory = {
  find: (_client, name) =>
    Promise.resolve(
      name === 'lurking'
        ? ok({ id: 'C0LURK', name, isMember: false })
        : name === 'ops'
          ? ok({ id: 'C0OPS', name, isMember: true })
          : err({ code: 'not-found', name }),
    ),
  names: (_client, ids) => Promise.resolve(new Map(ids.map((id) => [id, null]))),
};

const alert = (name: string, channel: string): Invocation => ({
  top: 'sahel',
  group: 'alert',
  name,
  args: { id: 3, channel },
});
const settings = (value: string): Invocation => ({
  top: 'sahel',
  name: 'settings',
  args: { 'admin-channel': value },
});

async function resolve(inv: Invocation, asked: string[] = [], locale: 'en' | 'fr' = 'en') {
  return resolveChannelOption(inv, { client: clientOf(asked), directory, locale });
}

const NOT_IN = (option: string, label: string) =>
  `${option}: the app is not in ${label} — invite it there with /invite @sahel-digest, then try again`;

describe('resolveChannelOption with mentions and admin-channel:', () => {
  it('refuses a mention or id of a channel the app is not in, for commands that post there', async () => {
    expect(await resolve(alert('add', '<#C0LURK|lurking>'))).toEqual(
      err(NOT_IN('channel', '#lurking')),
    );
    expect(await resolve(alert('resume', '<#C0LURK>'))).toEqual(err(NOT_IN('channel', '#lurking')));
    expect(await resolve(alert('resume', 'C0LURK00'))).toEqual(err(NOT_IN('channel', '#lurking')));
    expect(await resolve(alert('add', '<#G0HIDDEN|hidden>'), [], 'fr')).toEqual(
      err(
        'channel: l’application n’est pas dans #hidden — invitez-la avec /invite @sahel-digest, puis réessayez',
      ),
    );
    expect(await resolve(alert('add', '<#G0HIDDEN>'))).toEqual(err(NOT_IN('channel', '#G0HIDDEN')));
  });

  it('lets a channel the app is in through, and goes on when Slack will not say', async () => {
    expect(await resolve(alert('add', '<#C0OPS|ops>'))).toEqual(ok(alert('add', '<#C0OPS|ops>')));
    expect(await resolve(alert('add', '<#C0GONE>'))).toEqual(ok(alert('add', '<#C0GONE>')));
  });

  it('asks Slack nothing about a mention on commands that only read or remove', async () => {
    const asked: string[] = [];
    expect(await resolve(alert('list', '<#C0LURK>'), asked)).toEqual(
      ok(alert('list', '<#C0LURK>')),
    );
    expect(await resolve(alert('remove', 'C0LURK00'), asked)).toEqual(
      ok(alert('remove', 'C0LURK00')),
    );
    expect(asked).toEqual([]);
  });

  it('resolves admin-channel:#name and refuses one the app is not in, naming the option', async () => {
    expect(await resolve(settings('#ops'))).toEqual(ok(settings('<#C0OPS|ops>')));
    expect(await resolve(settings('#lurking'))).toEqual(err(NOT_IN('admin-channel', '#lurking')));
    expect(await resolve(settings('<#C0LURK>'))).toEqual(err(NOT_IN('admin-channel', '#lurking')));
    expect(await resolve(settings('#nowhere'))).toEqual(
      err(
        'admin-channel: no channel #nowhere that the app can see (a private channel needs /invite @sahel-digest there first)',
      ),
    );
    const asked: string[] = [];
    expect(await resolve(settings('here'), asked)).toEqual(ok(settings('here')));
    expect(await resolve(settings('aucun'), asked)).toEqual(ok(settings('aucun')));
    expect(asked).toEqual([]);
  });
});
