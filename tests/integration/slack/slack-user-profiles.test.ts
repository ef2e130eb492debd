import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { WebClient } from '@slack/web-api';
import { silentLogger } from '../../../src/core/ports.js';
import { createSlackClient } from '../../../src/platforms/slack/slack-platform.js';
import {
  createSlackUserProfiles,
  languageOf,
} from '../../../src/platforms/slack/slack-user-profiles.js';
import { startFakeSlack, type FakeSlack } from '../../fakes/fake-slack.js';

let fake: FakeSlack;
let client: WebClient;

beforeAll(async () => {
  fake = await startFakeSlack();
  client = createSlackClient({
    token: fake.token,
    apiUrl: fake.apiUrl,
    retryConfig: { retries: 0 },
  });
});

afterAll(() => fake.close());

const infoCalls = (user: string): number =>
  fake.calls.filter((c) => c.method === 'users.info' && c.args.user === user).length;

describe('languageOf', () => {
  it('reads any French Slack locale as French and nothing else', () => {
    expect(languageOf('fr-FR')).toBe('fr');
    expect(languageOf('fr-CA')).toBe('fr');
    expect(languageOf('en-GB')).toBeNull();
    expect(languageOf(undefined)).toBeNull();
  });
});

describe('Slack user profiles', () => {
  it('asks users.info with include_locale and answers French for a fr-FR user', async () => {
    fake.addUser('UFR1', { locale: 'fr-FR' });
    const profiles = createSlackUserProfiles({ logger: silentLogger });
    expect(await profiles.lookup(client, 'UFR1', false)).toEqual({ admin: false, language: 'fr' });
    const call = fake.calls.filter((c) => c.method === 'users.info').at(-1);
    expect(call?.args).toMatchObject({ user: 'UFR1', include_locale: 'true' });
  });

  it('keeps a user’s language for an hour, then asks Slack again', async () => {
    fake.addUser('UFR2', { locale: 'fr-FR' });
    let now = 0;
    const profiles = createSlackUserProfiles({ logger: silentLogger, now: () => now });
    await profiles.lookup(client, 'UFR2', false);
    fake.addUser('UFR2', { locale: 'en-US' });
    now = 59 * 60_000;
    expect(await profiles.lookup(client, 'UFR2', false)).toEqual({ admin: false, language: 'fr' });
    expect(infoCalls('UFR2')).toBe(1);
    now = 61 * 60_000;
    expect(await profiles.lookup(client, 'UFR2', false)).toEqual({ admin: false, language: null });
    expect(infoCalls('UFR2')).toBe(2);
  });

  it('asks Slack at every admin command, so a demoted admin loses the right at once', async () => {
    fake.addUser('UADM', { admin: true });
    const profiles = createSlackUserProfiles({ logger: silentLogger });
    expect((await profiles.lookup(client, 'UADM', true)).admin).toBe(true);
    fake.addUser('UADM');
    expect((await profiles.lookup(client, 'UADM', true)).admin).toBe(false);
    expect(infoCalls('UADM')).toBe(2);
  });

  it('counts a configured user as an admin without being a workspace admin', async () => {
    fake.addUser('ULISTED');
    const profiles = createSlackUserProfiles({ logger: silentLogger, admins: ['ULISTED'] });
    expect((await profiles.lookup(client, 'ULISTED', true)).admin).toBe(true);
    expect((await profiles.lookup(client, 'UOTHER', true)).admin).toBe(false);
  });
});
