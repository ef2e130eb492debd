import { describe, expect, it } from 'vitest';
import { createSqliteHeldAlertStore } from '../../../src/store/sqlite-held-alert-store.js';
import { createSqliteStoryStore } from '../../../src/store/sqlite-story-store.js';
import { idIn, NOW, story, subscriptionsOf, useAdminHarness } from './admin-harness.js';

const h = useAdminHarness();
const french = { locale: 'fr' } as const;

describe('/sahel alert quiet hours and cap', () => {
  it('alert add sets them and confirms them, in the settings timezone', async () => {
    const text = await h.text('/sahel alert add Gao quiet:22:00-07:00 max:6/h');
    expect(text).toContain(
      'Quiet 22:00–07:00 (Africa/Bamako), at most 6 alert posts per hour — held alerts come later as one post.',
    );
    expect(subscriptionsOf(h).get(idIn(text))).toMatchObject({
      quiet: { from: 1320, to: 420 },
      cap: { max: 6, per: 'hour' },
    });
  });

  it('refuses a bad value in one line naming the option, with an example, in both languages', async () => {
    expect(await h.text('/sahel alert add Gao quiet:25:00-07:00')).toBe(
      'quiet: "25:00-07:00" is not a time range — e.g. quiet:22:00-07:00 (or quiet:off)',
    );
    expect(await h.text('/sahel alert add Gao max:lots')).toBe(
      'max: "lots" is not a cap — e.g. max:6/h or max:20/d (or max:off)',
    );
    expect(await h.text('/sahel alerte ajouter Gao silence:7h-22h', french)).toBe(
      'silence : « 7h-22h » n’est pas une plage horaire — par ex. silence:22:00-07:00 (ou silence:off)',
    );
    expect(
      subscriptionsOf(h)
        .list({ kind: 'alert' })
        .map((s) => s.kind === 'alert' && s.query),
    ).not.toContain('Gao');
  });

  it('alert set changes and clears them on an existing alert, and list shows them with what is held', async () => {
    const id = idIn(await h.text('/sahel alert add Gao'));
    expect(await h.text(`/sahel alert set ${id} quiet:23:30-06:00 max:20/d`)).toBe(
      `Alert #${id} (Gao) changed.\nQuiet 23:30–06:00 (Africa/Bamako), at most 20 alert posts per day — held alerts come later as one post.`,
    );
    const stories = createSqliteStoryStore(h.store.db);
    const held = createSqliteHeldAlertStore(h.store.db);
    for (const s of ['a', 'b']) {
      stories.insert(story(s, `Attack near Gao ${s}`, 2), null);
      held.hold({
        subscriptionId: id,
        platform: 'console',
        channel: 'console',
        storyId: s,
        reason: 'quiet',
        heldAt: NOW,
      });
    }
    expect(await h.text('/sahel alert list')).toContain(
      `#${id} Gao (added from chat; quiet 23:30–06:00 (Africa/Bamako); at most 20 alert posts per day; 2 held now)`,
    );
    expect(await h.text('/sahel alerte liste', french)).toContain(
      `#${id} Gao (ajoutée depuis le chat ; heures calmes 23:30–06:00 (Africa/Bamako) ; au plus 20 alertes par jour ; 2 en attente)`,
    );
    expect(await h.text(`/sahel alert set ${id} quiet:off max:off`)).toBe(
      `Alert #${id} (Gao) changed.\nNo quiet hours, no cap.`,
    );
    expect(subscriptionsOf(h).get(id)).not.toHaveProperty('quiet');
  });

  it('alert set refuses an alert of config/subscriptions.yaml, and one that is not here', async () => {
    const fromFile = subscriptionsOf(h)
      .list({ kind: 'alert', platform: 'console', channel: 'console' })
      .find((s) => s.origin === 'config');
    expect(fromFile).toBeDefined();
    expect(await h.text(`/sahel alert set ${fromFile?.id} max:6/h`)).toContain(
      'subscriptions.yaml',
    );
    expect(await h.text('/sahel alert set 999 max:6/h')).toBe(
      'no alert 999 in this channel — /sahel alert list shows them',
    );
    expect(await h.text('/sahel alert set 999')).toContain('give quiet:, max: or timezone:');
  });

  it("take a time zone of their own, checked and shown as a digest's, and timezone: alone is a change", async () => {
    const text = await h.text('/sahel alert add Gao quiet:22:00-07:00 timezone:europe/paris');
    expect(text).toContain(
      'Quiet 22:00–07:00 (Europe/Paris) — held alerts come later as one post.',
    );
    const id = idIn(text);
    expect(subscriptionsOf(h).get(id)).toMatchObject({ timezone: 'Europe/Paris' });
    expect(await h.text('/sahel alert list')).toContain('quiet 22:00–07:00 (Europe/Paris)');
    expect(await h.text(`/sahel alerte modifier ${id} fuseau:Africa/Niamey`, french)).toBe(
      `Alerte n° ${id} (Gao) modifiée.\nHeures calmes 22:00–07:00 (Africa/Niamey) — les alertes retenues arrivent ensuite en un seul message.`,
    );
    expect(subscriptionsOf(h).get(id)).toMatchObject({ timezone: 'Africa/Niamey' });
    expect(await h.text(`/sahel alert set ${id} timezone:off`)).toContain(
      'Quiet 22:00–07:00 (Africa/Bamako)',
    );
    expect(subscriptionsOf(h).get(id)).not.toHaveProperty('timezone');
    const bare = idIn(await h.text('/sahel alert add Kidal timezone:Africa/Niamey'));
    expect(await h.text(`/sahel alert set ${bare} max:6/h`)).toContain(
      'Times in Africa/Niamey, at most 6 alert posts per hour',
    );
  });

  it('refuse an unknown time zone in one line, with the nearest one, and add nothing', async () => {
    const en = await h.text('/sahel alert add Menaka timezone:Europe/Pariss');
    const fr = await h.text('/sahel alerte ajouter Menaka fuseau:Europe/Pariss', french);
    const digestEn = await h.text('/sahel digest subscribe timezone:Europe/Pariss');
    expect(en).toBe(digestEn);
    expect(en).toContain('Europe/Paris');
    expect(fr).toContain('Europe/Paris');
    expect(fr).not.toBe(en);
    expect(
      subscriptionsOf(h)
        .list({ kind: 'alert' })
        .map((s) => s.kind === 'alert' && s.query),
    ).not.toContain('Menaka');
  });
});
