import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createAdminPorts } from '../../src/command-ports-admin.js';
import { loadConfig } from '../../src/config/load-config.js';
import type { Story } from '../../src/core/story.js';
import { renderText } from '../../src/platforms/console/render-text.js';
import { createSqliteStore } from '../../src/store/create-sqlite-store.js';
import { migrations } from '../../src/store/migrations/index.js';
import { openDatabase } from '../../src/store/open-database.js';
import { createSqliteOutboxStore } from '../../src/store/sqlite-outbox-store.js';
import { createSqliteStoryStore } from '../../src/store/sqlite-story-store.js';
import { execCli } from './cli-fixture.js';

/*
 * An arc stored before French titles were kept (no arcs.title_fr) still heads a French digest
 * with its French title, built from its signature on read: `sahel-digest digest --locale fr`
 * and `/sahel digest now` in a French channel, as alerts and `/sahel story` already did.
 */

const loaded = loadConfig('config');
if (!loaded.ok) throw new Error('the default config does not load');
const config = loaded.value;

const HOUR = 3_600_000;
/** What arc linking stored for a Niger coup told by two developments. */
const COUP = {
  principals: { niger: 3 },
  named: { niger: 2 },
  developments: 2,
  tags: { coup: 2 },
  keys: {},
  stems: {},
  names: {},
  lead: 'Soldiers detain president in Niger coup',
};

function development(id: string, title: string, seenAt: number): Story {
  return {
    id,
    firstSeenAt: seenAt,
    lastSeenAt: seenAt,
    leadItemId: `${id}-lead`,
    title,
    url: `https://example.org/${id}`,
    summary: `${title}.`,
    lang: 'en',
    tags: ['coup'],
    entities: ['niger'],
    countries: ['niger'],
    arcId: 'arc-1',
    sources: [
      {
        itemId: `${id}-lead`,
        feedId: 'wire',
        outlet: 'Sahel Wire',
        url: `https://example.org/${id}`,
        title,
        lang: 'en',
        tier: 1,
        publishedAt: seenAt,
      },
    ],
  };
}

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

/** A database written at version 8 (one arc, no French title), then migrated, with two developments. */
function oldArcDatabase(now: number): string {
  const dir = mkdtempSync(join(tmpdir(), 'sahel-old-arc-'));
  dirs.push(dir);
  const path = join(dir, 'bot.db');
  const old = openDatabase({ path, migrations: migrations.slice(0, 8) });
  old
    .prepare(
      `INSERT INTO arcs (id, title, first_seen_at, last_seen_at, signature)
       VALUES ('arc-1', 'Niger coup', ?, ?, ?)`,
    )
    .run(now - 5 * HOUR, now - HOUR, JSON.stringify(COUP));
  old.close();
  const store = createSqliteStore({ path });
  const stories = createSqliteStoryStore(store.db);
  stories.insert(development('coup', 'Soldiers detain Niger president', now - 5 * HOUR), {});
  stories.insert(development('airspace', 'Niger junta closes airspace', now - 2 * HOUR), {});
  store.close();
  return path;
}

describe('an arc stored without a French title', () => {
  it('heads `sahel-digest digest --locale fr` with its French title', async () => {
    const path = oldArcDatabase(Date.now());
    const run = await execCli(
      ['digest', '--since', '24h', '--locale', 'fr', '--config', 'config', '--db', path],
      { PATH: process.env.PATH ?? '', LOG_LEVEL: 'silent' },
      60_000,
    );
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain("Coup d'État au Niger — 2 développements");
    expect(run.stdout).not.toContain('Niger coup');
  });

  it('heads `/sahel digest now` in a French channel with its French title', () => {
    const now = Date.UTC(2026, 11, 6, 12);
    const path = oldArcDatabase(now);
    const store = createSqliteStore({ path });
    try {
      const env = { databasePath: path, logLevel: 'silent', allowPrivateFeeds: false } as const;
      const ports = createAdminPorts({ config, env, clock: { now: () => now }, store });
      const queued = ports.digestNow({ platform: 'console', channel: 'fr-desk' }, 'fr');
      if (!queued.ok) throw new Error(`digest now refused: ${queued.error.code}`);
      const row = createSqliteOutboxStore(store.db).get(queued.value.outboxId);
      const text = row === null ? '' : renderText(row.message);
      expect(text).toContain("Coup d'État au Niger — 2 développements");
      expect(text).not.toContain('Niger coup');
    } finally {
      store.close();
    }
  });
});
