import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeSlack, type FakeSlack } from '../../fakes/fake-slack.js';
import { startSituationRun, type SituationRun } from '../situation-run.js';

/**
 * End to end on the fake Slack: two developments of one situation arrive in two
 * `sahel-digest once` runs, through feeds, clustering, arcs, the outbox and the Web API. The
 * second is a reply in the first one's thread, also sent to the channel, and says it develops.
 */

const CHANNEL = 'C0FUEL';
let fake: FakeSlack;
let run: SituationRun;

beforeAll(async () => {
  fake = await startFakeSlack();
  run = await startSituationRun(
    'sahel-slack-arc-',
    [`  - { platform: slack, channel: "${CHANNEL}", kind: alert, query: 'Mali AND fuel' }`],
    () => ({ SLACK_BOT_TOKEN: fake.token, SLACK_API_URL: fake.apiUrl }),
  );
});

afterAll(async () => {
  await run.close();
  await fake.close();
});

describe('sahel-digest once with a developing situation on Slack', () => {
  it('posts the next development as a thread reply broadcast to the channel, once', async () => {
    expect((await run.once()).code).toBe(0);
    await run.playBothDevelopments();
    expect((await run.once()).code).toBe(0);

    const posted = fake.messages(CHANNEL);
    expect(posted).toHaveLength(2);
    const [root, reply] = posted;
    expect(root?.thread_ts).toBeUndefined();
    expect(JSON.stringify(root?.blocks)).toContain('shuts schools');
    expect(reply?.thread_ts).toBe(root?.ts);
    expect(reply?.subtype).toBe('thread_broadcast');
    expect(reply?.text).toMatch(/^Developing — .*2nd development since/);
    expect(JSON.stringify(reply?.blocks)).toContain('urges Americans');
  });
});
