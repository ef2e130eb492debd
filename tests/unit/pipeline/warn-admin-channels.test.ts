import { describe, expect, it } from 'vitest';
import type { Config } from '../../../src/core/config-types.js';
import { FeedPollStatus, type FeedPollResult } from '../../../src/ingest/poll-cycle.js';
import { warnAdminChannels } from '../../../src/pipeline/warn-admin-channels.js';
import { openDatabase } from '../../../src/store/open-database.js';
import { createSqliteAdminStore } from '../../../src/store/sqlite-admin-store.js';
import { createSqliteOutboxStore } from '../../../src/store/sqlite-outbox-store.js';

const NOW = Date.UTC(2026, 11, 6, 12);
const config = { settings: { locale: 'en' } } as Pick<Config, 'settings'>;

const disabled: FeedPollResult = {
  feedId: 'studio-tamani',
  url: 'https://www.studiotamani.org/feed/',
  status: FeedPollStatus.Failed,
  newItems: 0,
  failure: { code: 'HTTP', message: 'HTTP 500' },
  disabled: { code: 'HTTP', reason: 'disabled after 5 consecutive failures: HTTP 500', at: NOW },
};
const { disabled: _reason, ...stillFailing } = disabled;
const failing: FeedPollResult = { ...stillFailing, feedId: 'rfi-en' };

function setUp() {
  const db = openDatabase({ path: ':memory:' });
  const admin = createSqliteAdminStore(db);
  const outbox = createSqliteOutboxStore(db);
  const deps = { config, admin, outbox, clock: { now: () => NOW } };
  return { admin, outbox, deps };
}

describe('warnAdminChannels', () => {
  it("tells each platform's admin channel, in its language, once per disabled feed", () => {
    const { admin, outbox, deps } = setUp();
    admin.setAdminChannel('console', 'ops', NOW);
    admin.setChannelSettings('console', 'ops', { locale: 'fr' }, NOW);
    const platforms = ['console', 'discord'] as const;
    expect(warnAdminChannels({ ...deps, platforms }, [failing, disabled])).toBe(1);
    const row = outbox.findByKey(`feed-disabled:console:studio-tamani:${NOW}`);
    expect(row).toMatchObject({ platform: 'console', channel: 'ops', kind: 'notice' });
    expect(row?.message.fallback).toBe(
      [
        'Flux désactivé : studio-tamani',
        "https://www.studiotamani.org/feed/ n'est plus relevé (désactivé après 5 échecs de suite : le site répond 500 : erreur du serveur). /sahel flux etat montre son état ; une fois le flux réparé, /sahel flux ajouter https://www.studiotamani.org/feed/ le réactive.",
      ].join('\n'),
    );
    expect(warnAdminChannels({ ...deps, platforms }, [disabled])).toBe(0);
    expect(outbox.list()).toHaveLength(1);
  });

  it('queues nothing without an admin channel or a disabled feed', () => {
    const { admin, outbox, deps } = setUp();
    expect(warnAdminChannels({ ...deps, platforms: ['console'] }, [disabled])).toBe(0);
    admin.setAdminChannel('console', 'ops', NOW);
    expect(warnAdminChannels({ ...deps, platforms: ['console'] }, [failing])).toBe(0);
    expect(warnAdminChannels({ ...deps, platforms: ['slack'] }, [disabled])).toBe(0);
    expect(outbox.list()).toEqual([]);
  });
});
