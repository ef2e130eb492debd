import { describe, expect, it } from 'vitest';
import type { ServerChannels } from '../../../src/core/admin-ports.js';
import { useAdminHarness } from './admin-harness.js';

/** A Discord server of two channels; every other channel is another server's. */
const SERVER: ServerChannels = {
  sameServer: (ids) =>
    Promise.resolve(
      new Map(
        ids.flatMap((id) =>
          id === '1200000000000000001' || id === '1200000000000000002' ? [[id, null]] : [],
        ),
      ),
    ),
};
const ADMIN = { platform: 'discord', channel: '1200000000000000001', server: SERVER } as const;
const LINE = 'Admin channel (warnings about disabled feeds)';

describe('settings admin-channel: read as channel: is', () => {
  const h = useAdminHarness();

  it('takes a channel of this server, and refuses another server’s in English and French', async () => {
    expect(await h.text('/sahel settings admin-channel:<#1200000000000000002>', ADMIN)).toContain(
      `${LINE}: #1200000000000000002 (set for this platform)`,
    );
    expect(await h.text('/sahel settings admin-channel:1300000000000000009', ADMIN)).toBe(
      'admin-channel: #1300000000000000009 is not a channel of this server — pick one of its channels',
    );
    expect(
      await h.text('/sahel reglages canal-admin:<#1300000000000000009>', {
        ...ADMIN,
        locale: 'fr',
      }),
    ).toBe(
      'canal-admin : #1300000000000000009 n’est pas un salon de ce serveur — choisissez-en un',
    );
    expect(await h.text('/sahel settings', ADMIN)).toContain(`${LINE}: #1200000000000000002`);
  });

  it('names the admin channel by its name when the server knows it, as other answers do', async () => {
    const named: ServerChannels = {
      sameServer: (ids) => Promise.resolve(new Map(ids.map((id) => [id, 'bot-admin']))),
    };
    await h.text('/sahel settings admin-channel:<#1200000000000000002>', ADMIN);
    expect(await h.text('/sahel settings', { ...ADMIN, server: named })).toContain(
      `${LINE}: #bot-admin (set for this platform)`,
    );
    expect(await h.text('/sahel reglages', { ...ADMIN, server: named, locale: 'fr' })).toContain(
      'Canal admin (avertissements sur les flux désactivés) : #bot-admin (réglé',
    );
  });

  it('refuses a value that is not a channel instead of storing it', async () => {
    expect(await h.text('/sahel settings admin-channel:ops', ADMIN)).toBe(
      'admin-channel: "ops" is not a channel — give #name, <#id> or the channel id',
    );
    expect(await h.text('/sahel settings', ADMIN)).toContain(`${LINE}: not set`);
  });

  it('takes #name on the console, where a channel is its name', async () => {
    expect(await h.text('/sahel settings admin-channel:#ops')).toContain(
      `${LINE}: #ops (set for this platform)`,
    );
  });
});
