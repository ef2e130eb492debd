import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../../src/store/open-database.js';
import { createSqliteAdminStore } from '../../../src/store/sqlite-admin-store.js';
import { createSqliteFeedStore } from '../../../src/store/sqlite-feed-store.js';
import { createSqliteSubscriptionStore } from '../../../src/store/sqlite-subscription-store.js';
import { feed } from './helpers.js';

const NOW = 1_800_000_000_000;

function setUp() {
  const db = openDatabase({ path: ':memory:' });
  return { db, admin: createSqliteAdminStore(db), feeds: createSqliteFeedStore(db) };
}

describe('SQLite admin store', () => {
  it('keeps chat feeds active through a config sync that does not list them', () => {
    const { admin, feeds } = setUp();
    feeds.sync([feed('config-a')], () => NOW);
    admin.addChatFeed(feed('chat-b'), NOW);
    const report = feeds.sync([], () => NOW);
    expect(report.deactivated).toEqual(['config-a']);
    expect(feeds.get('chat-b')).toMatchObject({ active: true, seededAt: null, nextPollAt: NOW });
    expect(Object.fromEntries(admin.feedOrigins())).toEqual({
      'chat-b': 'chat',
      'config-a': 'config',
    });
  });

  it('knows which URLs chat feeds poll, and forgets a removed one', () => {
    const { admin } = setUp();
    const chat = feed('chat-b');
    admin.addChatFeed(chat, NOW);
    expect(admin.isChatFeedUrl(chat.url)).toBe(true);
    expect(admin.isChatFeedUrl('http://127.0.0.1/other.xml')).toBe(false);
    expect(admin.deactivateChatFeed('chat-b')).toBe(true);
    expect(admin.deactivateChatFeed('chat-b')).toBe(false);
    expect(admin.isChatFeedUrl(chat.url)).toBe(false);
  });

  it('gives a chat feed to the config once the config lists its id', () => {
    const { admin, feeds } = setUp();
    admin.addChatFeed(feed('wire'), NOW);
    feeds.sync([feed('wire')], () => NOW);
    expect(admin.feedOrigins().get('wire')).toBe('config');
    expect(admin.deactivateChatFeed('wire')).toBe(false);
    expect(admin.isChatFeedUrl(feed('wire').url)).toBe(false);
  });

  it('does not deactivate a config feed as a chat feed', () => {
    const { admin, feeds } = setUp();
    feeds.sync([feed('config-a')], () => NOW);
    expect(admin.deactivateChatFeed('config-a')).toBe(false);
    expect(feeds.get('config-a')?.active).toBe(true);
  });

  it('reactivates a removed chat feed with its poll state, clearing a disabled state', () => {
    const { admin, feeds } = setUp();
    admin.addChatFeed(feed('chat-b'), NOW);
    feeds.update('chat-b', {
      seededAt: NOW,
      disabled: { code: 'HTTP', reason: 'disabled after 5 failures: HTTP 500', at: NOW },
    });
    admin.deactivateChatFeed('chat-b');
    admin.addChatFeed(feed('chat-b'), NOW + 1);
    expect(feeds.get('chat-b')).toMatchObject({ active: true, seededAt: NOW, disabled: null });
  });

  it('keeps channel settings per channel and the admin channel per platform', () => {
    const { admin } = setUp();
    expect(admin.channelSettings('slack', 'C1')).toEqual({ locale: null, digestSize: null });
    admin.setChannelSettings('slack', 'C1', { locale: 'fr' }, NOW);
    admin.setChannelSettings('slack', 'C1', { digestSize: 4 }, NOW);
    expect(admin.channelSettings('slack', 'C1')).toEqual({ locale: 'fr', digestSize: 4 });
    expect(admin.channelSettings('slack', 'C2')).toEqual({ locale: null, digestSize: null });
    admin.setAdminChannel('slack', 'C9', NOW);
    expect(admin.adminChannel('slack')).toBe('C9');
    expect(admin.adminChannel('discord')).toBeNull();
    admin.setAdminChannel('slack', null, NOW);
    expect(admin.adminChannel('slack')).toBeNull();
  });

  it("fills a subscription's missing locale and size from its channel's settings", () => {
    const { db, admin } = setUp();
    const subscriptions = createSqliteSubscriptionStore({ db, clock: { now: () => NOW } });
    const plain = subscriptions.add(
      { platform: 'slack', channel: 'C1', kind: 'digest', cron: '0 8 * * *', timezone: 'UTC' },
      'chat',
    );
    const own = subscriptions.add(
      {
        platform: 'slack',
        channel: 'C1',
        kind: 'digest',
        cron: '0 9 * * *',
        timezone: 'UTC',
        locale: 'en',
        size: 7,
      },
      'chat',
    );
    admin.setChannelSettings('slack', 'C1', { locale: 'fr', digestSize: 3 }, NOW);
    expect(subscriptions.get(plain.id)).toMatchObject({ locale: 'fr', size: 3 });
    expect(subscriptions.get(own.id)).toMatchObject({ locale: 'en', size: 7 });
    expect(subscriptions.list({ channel: 'C1' }).map((s) => s.locale)).toEqual(['fr', 'en']);
  });
});
