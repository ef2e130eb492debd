import { describe, expect, it } from 'vitest';
import { idIn, NOW, subscriptionsOf, useAdminHarness } from './admin-harness.js';

const h = useAdminHarness();
const REASON = 'the bot may not post in Discord channel console (Missing Access, 50001)';
const PAUSED_AT = NOW - 3_600_000;

function configAlertId(): number {
  const found = subscriptionsOf(h)
    .list({ kind: 'alert', platform: 'console' })
    .find((s) => s.origin === 'config');
  if (found === undefined) throw new Error('the fixture has no config alert');
  return found.id;
}

describe('/sahel alert resume and digest resume', () => {
  it('alert list shows a paused alert with its reason, its time and how to resume it', async () => {
    const id = idIn(await h.text('/sahel alert add Kidal'));
    const configId = configAlertId();
    subscriptionsOf(h).pause('console', 'console', REASON, PAUSED_AT);
    expect(await h.text('/sahel alert list')).toBe(
      [
        'Alerts in this channel',
        `#${configId} Kidal OR Ménaka (from tests/fixtures/config/valid/subscriptions.yaml; paused since 2026-12-06 11:00 UTC: ${REASON} — once the bot can post here again, /sahel alert resume ${configId})`,
        `#${id} Kidal (added from chat; paused since 2026-12-06 11:00 UTC: ${REASON} — once the bot can post here again, /sahel alert resume ${id})`,
      ].join('\n'),
    );
    expect(await h.text('/sahel alert list', { locale: 'fr' })).toContain(
      // The stored reason is the platform's English; a French reader gets it in French.
      `#${id} Kidal (ajoutée depuis le chat ; en pause depuis 2026-12-06 11:00 UTC : le bot ne peut pas publier dans le salon Discord console (Missing Access, 50001) — quand le bot pourra de nouveau publier ici, /sahel alerte reprendre ${id})`,
    );
  });

  it('resumes one paused alert, config or chat, and says when there was nothing to resume', async () => {
    const id = idIn(await h.text('/sahel alert add Kidal'));
    const configId = configAlertId();
    subscriptionsOf(h).pause('console', 'console', REASON, PAUSED_AT);

    expect(await h.text(`/sahel alert resume ${configId}`)).toBe(
      `Alert #${configId} resumed: the next new stories are posted here again.`,
    );
    expect(subscriptionsOf(h).get(configId)?.paused).toBeNull();
    expect(subscriptionsOf(h).get(id)?.paused).not.toBeNull();
    expect(await h.text(`/sahel alert reprendre ${id}`, { locale: 'fr' })).toBe(
      `Alerte n° ${id} reprise : les prochains récits sont de nouveau publiés ici.`,
    );
    expect(await h.text(`/sahel alert resume ${id}`)).toBe(
      `Alert #${id} was not paused; nothing changed.`,
    );
    expect(await h.text('/sahel alert resume 999')).toBe(
      'no alert 999 in this channel — /sahel alert list shows them',
    );
    // Another channel of the same workspace: named, with the command that resumes it there.
    expect(await h.text(`/sahel alert resume ${id}`, { channel: 'elsewhere' })).toBe(
      `alert ${id} posts in #console, not in this channel — /sahel alert resume ${id} channel:#console`,
    );
  });

  it('shows a paused digest in the subscribe answer and resumes it', async () => {
    const line = '/sahel digest subscribe "0 7 * * *" timezone:Africa/Niamey';
    const id = idIn(await h.text(line));
    subscriptionsOf(h).pause('console', 'console', REASON, PAUSED_AT);
    expect(await h.text(line)).toContain(
      `paused since 2026-12-06 11:00 UTC: ${REASON} — once the bot can post here again, /sahel digest resume ${id}`,
    );
    expect(await h.text(`/sahel digest resume ${id}`)).toBe(
      `Digest #${id} resumed: the next new stories are posted here again.`,
    );
    expect(await h.text(line)).toContain('Next digest:');
    expect(await h.text(`/sahel alert resume ${id}`)).toBe(
      `no alert ${id} in this channel — /sahel alert list shows them`,
    );
  });

  it('leaves resuming to admins', async () => {
    const id = idIn(await h.text('/sahel alert add Kidal'));
    subscriptionsOf(h).pause('console', 'console', REASON, PAUSED_AT);
    const answer = await h.say(`/sahel alert resume ${id}`, {
      requester: { userId: 'u1', admin: false },
    });
    expect(answer.fallback).not.toContain('resumed');
    expect(subscriptionsOf(h).get(id)?.paused).not.toBeNull();
  });
});
