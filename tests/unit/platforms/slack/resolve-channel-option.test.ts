import type { WebClient } from '@slack/web-api';
import { describe, expect, it } from 'vitest';
import type { Invocation } from '../../../../src/core/command.js';
import { err, ok } from '../../../../src/core/result.js';
import { resolveChannelOption } from '../../../../src/platforms/slack/resolve-channel-option.js';
import type {
  SlackChannel,
  SlackChannelDirectory,
} from '../../../../src/platforms/slack/slack-channel-directory.js';

const CHANNELS: readonly SlackChannel[] = [
  { id: 'C0OPS', name: 'ops', isMember: true },
  { id: 'C0LURK', name: 'lurking', isMember: false },
];

/** A directory over CHANNELS that records every name it is asked for. */
function directoryOf(asked: string[]): SlackChannelDirectory {
  return {
    find: (_client, name) => {
      asked.push(name);
      const found = CHANNELS.find((c) => c.name === name);
      return Promise.resolve(found === undefined ? err({ code: 'not-found', name }) : ok(found));
    },
    names: (_client, ids) => Promise.resolve(new Map(ids.map((id) => [id, null]))),
  };
}

const invocation = (name: string, channel: string): Invocation => ({
  top: 'sahel',
  group: 'alert',
  name,
  args: { channel },
});

async function resolve(inv: Invocation, locale: 'en' | 'fr' = 'en', asked: string[] = []) {
  const client = {} as WebClient;
  return resolveChannelOption(inv, { client, directory: directoryOf(asked), locale });
}

describe('resolveChannelOption', () => {
  it('turns channel:#name into the mention the commands read', async () => {
    expect(await resolve(invocation('list', '#ops'))).toEqual(
      ok({ ...invocation('list', '<#C0OPS|ops>') }),
    );
  });

  it('leaves a mention or an id as it is, without asking Slack', async () => {
    const asked: string[] = [];
    const mention = invocation('add', '<#C0OPS|ops>');
    expect(await resolve(mention, 'en', asked)).toEqual(ok(mention));
    expect(await resolve(invocation('add', 'C0OPS'), 'en', asked)).toEqual(
      ok(invocation('add', 'C0OPS')),
    );
    expect(asked).toEqual([]);
  });

  it('refuses to post in a channel the app is not in, but reads its alerts', async () => {
    expect(await resolve(invocation('add', '#lurking'))).toEqual(
      err(
        'channel: the app is not in #lurking — invite it there with /invite @sahel-digest, then try again',
      ),
    );
    expect(await resolve(invocation('list', '#lurking'))).toEqual(
      ok(invocation('list', '<#C0LURK|lurking>')),
    );
  });

  it('refuses an unknown name in the user’s language', async () => {
    expect(await resolve(invocation('list', '#nowhere'), 'fr')).toEqual(
      err(
        'channel: aucun canal #nowhere visible par l’application (un canal privé demande d’abord /invite @sahel-digest)',
      ),
    );
  });
});
