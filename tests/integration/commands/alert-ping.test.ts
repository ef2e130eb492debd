import { describe, expect, it } from 'vitest';
import { createCommandSet } from '../../../commands/index.js';
import { createAlertPorts } from '../../../src/command-ports-admin-alerts.js';
import type { AdminPorts } from '../../../src/core/admin-ports.js';
import type { CommandContext } from '../../../src/core/command.js';
import type { AlertSubscription } from '../../../src/core/delivery-ports.js';
import { createMessageBuilders } from '../../../src/pipeline/message-builders.js';
import { createCronCalendar } from '../../../src/scheduler.js';
import { createSqliteAdminStore } from '../../../src/store/sqlite-admin-store.js';
import { createSqliteOutboxStore } from '../../../src/store/sqlite-outbox-store.js';
import {
  createSqliteStoryStore,
  createSqliteTransaction,
} from '../../../src/store/sqlite-story-store.js';
import { createSqliteSubscriptionStore } from '../../../src/store/sqlite-subscription-store.js';
import { makeContext, unexpectedPorts } from '../../fakes/command-context.js';
import { config, NOW, useAdminHarness } from './admin-harness.js';

const h = useAdminHarness();
const ROLE = '1250000000000000007';
const CHANNEL = '1200000000000000001';

/** The harness's admin ports with alert ports that keep role pings in the same database. */
function adminPorts(): { admin: AdminPorts; alerts: () => AlertSubscription[] } {
  const db = h.store.db;
  const clock = { now: () => NOW };
  const subscriptions = createSqliteSubscriptionStore({ db, clock });
  const stories = createSqliteStoryStore(db);
  const alertPorts = createAlertPorts({
    config,
    clock,
    subscriptions,
    stories,
    outbox: createSqliteOutboxStore(db),
    admin: createSqliteAdminStore(db),
    transaction: createSqliteTransaction(db),
    calendar: createCronCalendar(),
    messages: createMessageBuilders(config, { arcs: h.store.arcs, stories }),
    subscriptionsFile: 'config/subscriptions.yaml',
    items: h.store.items,
    pings: subscriptions,
  });
  const alerts = (): AlertSubscription[] =>
    subscriptions
      .list({ kind: 'alert', channel: CHANNEL })
      .filter((s): s is AlertSubscription => s.kind === 'alert');
  return { admin: { ...h.ports, ...alertPorts }, alerts };
}

async function say(
  admin: AdminPorts,
  line: string,
  overrides: Partial<CommandContext> = {},
): Promise<string> {
  const context = makeContext(config, {
    clock: { now: () => NOW },
    platform: 'discord',
    channel: CHANNEL,
    requester: { userId: 'u1', admin: true },
    ports: { read: unexpectedPorts().read, admin },
    ...overrides,
  });
  return (await createCommandSet(config).runAction(line, context)).fallback;
}

describe('/sahel alert add … ping:@role', () => {
  it('stores the role an admin picks and shows it in the answer and in alert list', async () => {
    const { admin, alerts } = adminPorts();
    const text = await say(admin, `/sahel alert add query:Kidal ping:<@&${ROLE}>`);
    expect(text).toContain(`Each alert pings role ${ROLE}.`);
    expect(alerts()).toMatchObject([{ query: 'Kidal', pingRole: ROLE }]);
    expect(await say(admin, '/sahel alert list')).toContain(`pings role ${ROLE}`);
  });

  it('takes a bare role id, as the Discord role picker sends it, and replaces an earlier role', async () => {
    const { admin, alerts } = adminPorts();
    await say(admin, '/sahel alert add query:Kidal');
    expect(alerts()).toMatchObject([{ pingRole: null }]);
    await say(admin, `/sahel alert add query:Kidal ping:${ROLE}`);
    await say(admin, '/sahel alert add query:Kidal ping:1250000000000000009');
    expect(alerts()).toMatchObject([{ query: 'Kidal', pingRole: '1250000000000000009' }]);
  });

  it('refuses anything but a role, and stores nothing', async () => {
    const { admin, alerts } = adminPorts();
    for (const value of ['@everyone', '<@123456789012345678>', 'admins', '12']) {
      expect(await say(admin, `/sahel alert add query:Kidal ping:"${value}"`)).toMatch(
        /^ping: ".*" is not a role — /,
      );
    }
    expect(alerts()).toEqual([]);
  });

  it('is refused on Slack and the console with one line: roles are Discord’s', async () => {
    const { admin } = adminPorts();
    for (const platform of ['slack', 'console'] as const) {
      const text = await say(admin, `/sahel alert add query:Kidal ping:${ROLE}`, {
        platform,
        channel: 'C1',
      });
      expect(text).toBe('ping: names a Discord role, so it works only on Discord');
    }
    expect(
      await say(admin, `/sahel alert add query:Kidal ping:${ROLE}`, {
        platform: 'slack',
        locale: 'fr',
      }),
    ).toBe('ping: désigne un rôle Discord, il ne marche donc que sur Discord');
    expect(h.ports.subscriptions.list({ kind: 'alert', platform: 'slack' })).toEqual([]);
  });

  it('is refused to a member who is not an admin', async () => {
    const { admin, alerts } = adminPorts();
    const text = await say(admin, `/sahel alert add query:Kidal ping:${ROLE}`, {
      requester: { userId: 'u2', admin: false },
    });
    expect(text).toMatch(/admin/);
    expect(alerts()).toEqual([]);
  });
});
