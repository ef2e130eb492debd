import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { OutboxStore } from '../../../src/core/delivery-ports.js';
import type { Language } from '../../../src/core/config-types.js';
import type { Message } from '../../../src/core/message.js';
import { silentLogger } from '../../../src/core/ports.js';
import type { Story } from '../../../src/core/story.js';
import { buildAlert, buildAlertUpdate } from '../../../src/digest/build-alert.js';
import { createOutboxWorker, type OutboxWorker } from '../../../src/deliver/outbox-worker.js';
import { openDatabase } from '../../../src/store/open-database.js';
import { createSqliteOutboxStore } from '../../../src/store/sqlite-outbox-store.js';
import {
  createSlackClient,
  createSlackPlatform,
} from '../../../src/platforms/slack/slack-platform.js';
import { startFakeSlack, type FakeSlack } from '../../fakes/fake-slack.js';
import { config, HOUR, NOW, source, story } from '../../unit/digest/make-story.js';

/**
 * An alert says whether its story rests on one outlet, and the edit that adds a second,
 * independent outlet says it is corroborated: built by the real alert builders, delivered
 * through the real outbox and worker to the fake Slack.
 */

const lead = source('Radio Une', {
  title: 'Gunmen attack army convoy near Kidal',
  url: 'https://radio-une.example/kidal',
  publishedAt: NOW - HOUR,
});
const alone: Story = story('kidal-convoy', {
  title: lead.title,
  entities: ['kidal', 'mali'],
  leadItemId: lead.itemId,
  sources: [lead],
});
const joined: Story = {
  ...alone,
  sources: [
    lead,
    source('Radio Deux', {
      title: 'Kidal : un convoi de l’armée attaqué',
      url: 'https://radio-deux.example/kidal',
      lang: 'fr',
      publishedAt: NOW - HOUR / 2,
    }),
  ],
};
/** The same report reprinted by another site: not an independent outlet. */
const reprinted: Story = {
  ...alone,
  sources: [lead, source('Mali Reprints', { title: lead.title, publishedAt: NOW - HOUR / 2 })],
};

describe('corroboration labels on Slack alerts', () => {
  let fake: FakeSlack;
  let outbox: OutboxStore;
  let worker: OutboxWorker;

  beforeEach(async () => {
    fake = await startFakeSlack();
    outbox = createSqliteOutboxStore(openDatabase({ path: ':memory:' }));
    const platform = createSlackPlatform({
      token: fake.token,
      client: createSlackClient({
        token: fake.token,
        apiUrl: fake.apiUrl,
        retryConfig: { retries: 0 },
      }),
    });
    worker = createOutboxWorker({
      outbox,
      platforms: [platform],
      clock: { now: () => NOW },
      logger: silentLogger,
    });
  });
  afterEach(() => fake.close());

  async function postAndEdit(
    later: Story,
    locale: Language,
  ): Promise<{ before: string; after: string }> {
    const input = (s: Story) => ({ story: s, query: 'Kidal', locale, config });
    const send = (kind: 'alert' | 'update', message: Message, editOf?: number) =>
      outbox.enqueue(
        {
          platform: 'slack',
          channel: 'C1',
          kind,
          subscriptionId: null,
          storyId: alone.id,
          message,
          idempotencyKey: `${kind}:C1:${alone.id}`,
          ...(editOf === undefined ? {} : { editOf }),
        },
        NOW,
      ).id;
    const alert = send('alert', buildAlert(input(alone)));
    await worker.drain();
    const [posted] = fake.messages('C1');
    const before = JSON.stringify(posted?.blocks);
    send('update', buildAlertUpdate(input(later)), alert);
    await worker.drain();
    expect(posted?.edited).toBe(true);
    expect(fake.messages('C1')).toHaveLength(1);
    return { before, after: JSON.stringify(posted?.blocks) };
  }

  it('says single source on the alert, and corroborated once a second outlet joins', async () => {
    const { before, after } = await postAndEdit(joined, 'en');
    expect(before).toContain('_Single source_');
    expect(after).toContain('_Corroborated · 2 outlets · Also reported by Radio Deux_');
    expect(after).not.toContain('Single source');
  });

  it('says it in French', async () => {
    const { before, after } = await postAndEdit(joined, 'fr');
    expect(before).toContain('_Source unique_');
    expect(after).toContain('_Confirmé par 2 médias · Également rapporté par Radio Deux_');
  });

  it('keeps a story reprinted word for word by another site a single source', async () => {
    const { after } = await postAndEdit(reprinted, 'en');
    expect(after).toContain('Single source · reprinted by 2 outlets');
    expect(after).toContain('Also reported by Mali Reprints');
  });
});
