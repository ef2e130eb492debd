import { describe, expect, it } from 'vitest';
import { idIn, subscriptionsOf, useAdminHarness } from './admin-harness.js';

const h = useAdminHarness();

describe('/sahel settings', () => {
  it('shows the settings in force and where each comes from', async () => {
    expect(await h.text('/sahel settings')).toBe(
      [
        'Settings',
        'Admin channel (warnings about disabled feeds): not set (set it with admin-channel:here)',
        'Language of this channel: en (from tests/fixtures/config/valid/settings.yaml)',
        'Stories per digest in this channel: 10 (from tests/fixtures/config/valid/settings.yaml)',
      ].join('\n'),
    );
  });

  it('answers in French, with the French option names', async () => {
    expect(await h.text('/sahel settings canal-admin:ici langue:fr', { locale: 'fr' })).toBe(
      [
        'Réglages enregistrés',
        'Canal admin (avertissements sur les flux désactivés) : #console (ce canal) (réglé pour cette plateforme)',
        'Langue de ce canal : fr (réglé pour ce canal)',
        'Récits par digest dans ce canal : 10 (vient de tests/fixtures/config/valid/settings.yaml)',
      ].join('\n'),
    );
  });

  it('sets the admin channel per platform and language and digest size per channel', async () => {
    expect(await h.text('/sahel settings admin-channel:here locale:fr digest-size:5')).toBe(
      [
        'Settings saved',
        'Admin channel (warnings about disabled feeds): #console (this channel) (set for this platform)',
        'Language of this channel: fr (set for this channel)',
        'Stories per digest in this channel: 5 (set for this channel)',
      ].join('\n'),
    );
    const other = await h.text('/sahel settings', { channel: 'other' });
    expect(other).toContain('#console (set for this platform)');
    expect(other).toContain('Language of this channel: en (from');
    expect(await h.text('/sahel settings admin-channel:<#C0123|ops>')).toContain(
      'Admin channel (warnings about disabled feeds): #C0123 (set for this platform)',
    );
    expect(await h.text('/sahel settings admin-channel:none')).toContain(
      'Admin channel (warnings about disabled feeds): not set',
    );
  });

  it("applies the channel's language and size to its digests that do not set their own", async () => {
    const id = idIn(await h.text('/sahel digest subscribe'));
    expect(subscriptionsOf(h).get(id)).toMatchObject({ size: null, locale: null });
    await h.text('/sahel settings locale:fr digest-size:3');
    expect(subscriptionsOf(h).get(id)).toMatchObject({ size: 3, locale: 'fr' });
    const own = idIn(await h.text('/sahel digest subscribe "0 6 * * *" size:7 locale:en'));
    expect(subscriptionsOf(h).get(own)).toMatchObject({ size: 7, locale: 'en' });
  });

  it('refuses a digest size out of bounds', async () => {
    expect(await h.text('/sahel settings digest-size:0')).toMatch(
      /^digest-size must be from 1 to 50/,
    );
    expect(
      h.ports.updateSettings({ platform: 'console', channel: 'console' }, { digestSize: 51 }),
    ).toEqual({
      ok: false,
      error: { code: 'bad-value', option: 'digest-size', value: '51', min: 1, max: 50 },
    });
  });
});

describe('completion of subscription ids', () => {
  it('offers the ids of this channel only, by prefix', async () => {
    const id = idIn(await h.text('/sahel alert add Kidal'));
    const offered = h.ports.completeSubscriptions('console', 'console', String(id));
    expect(offered).toEqual([{ value: String(id), label: `#${id} alert: Kidal` }]);
    expect(h.ports.completeSubscriptions('console', 'elsewhere', '')).toEqual([]);
  });
});
