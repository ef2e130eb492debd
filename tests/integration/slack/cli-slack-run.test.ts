import { spawn } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { postSlackRequest, startFakeSlack, type FakeSlack } from '../../fakes/fake-slack.js';

const BIN = fileURLToPath(new URL('../../../bin/sahel-digest.js', import.meta.url));
const DEFAULT_CONFIG = fileURLToPath(new URL('../../../config/', import.meta.url));
const SECRET = 'run-signing-secret';

let fake: FakeSlack;
let dir: string;

beforeEach(async () => {
  fake = await startFakeSlack();
  dir = mkdtempSync(join(tmpdir(), 'sahel-slack-run-'));
  for (const file of ['watchlist.yaml', 'facts.yaml', 'timeline.yaml', 'settings.yaml'])
    copyFileSync(join(DEFAULT_CONFIG, file), join(dir, file));
  writeFileSync(join(dir, 'feeds.yaml'), 'feeds: []\n');
});
afterEach(async () => {
  await fake.close();
  rmSync(dir, { recursive: true, force: true });
});

/** Starts `sahel-digest run` with Slack set up against `apiUrl`, logging JSON lines to stderr. */
function startRun(apiUrl: string) {
  const child = spawn(
    process.execPath,
    [BIN, '--config', dir, '--db', join(dir, 'run.db'), 'run'],
    {
      env: {
        PATH: process.env.PATH ?? '',
        SLACK_BOT_TOKEN: fake.token,
        SLACK_SIGNING_SECRET: SECRET,
        SLACK_API_URL: apiUrl,
        PORT: '0',
        LOG_LEVEL: 'info',
        LOG_FORMAT: 'json',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  const out = { stdout: '', stderr: '' };
  child.stdout.on('data', (chunk: Buffer) => (out.stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (out.stderr += chunk.toString()));
  const waitFor = async (pattern: RegExp): Promise<RegExpMatchArray> => {
    for (let i = 0; i < 300 && !pattern.test(out.stderr); i += 1)
      await new Promise((r) => setTimeout(r, 50));
    const match = pattern.exec(out.stderr);
    if (match === null) throw new Error(`no ${String(pattern)} in: ${out.stderr} / ${out.stdout}`);
    return match;
  };
  const stop = async (): Promise<number | null> => {
    const exited = new Promise<number | null>((resolve) =>
      child.on('exit', (code) => resolve(code)),
    );
    child.kill('SIGTERM');
    return exited;
  };
  return { out, waitFor, stop, child };
}

describe('sahel-digest run with SLACK_BOT_TOKEN', () => {
  it('keeps running and says so in one line when the Slack Web API is unreachable', async () => {
    const run = startRun('http://127.0.0.1:9/api/');
    await run.waitFor(
      /"reason":"could not reach the Slack Web API: [^"]*","retryInMs":\d+,"msg":"slack: cannot start, will retry"/,
    );
    expect(run.child.exitCode).toBeNull();
    expect(await run.stop()).toBe(0);
  }, 30_000);

  it('answers a signed /mali timeline command on PORT through Bolt', async () => {
    const run = startRun(fake.apiUrl);
    const [, port] = await run.waitFor(/"port":(\d+),"msg":"slack bot ready"/);
    const body = new URLSearchParams({
      command: '/mali',
      text: 'timeline from:2023',
      user_id: 'U1',
      user_name: 'u1',
      channel_id: 'C1',
      team_id: fake.teamId,
      response_url: fake.responseUrl('run-1'),
      trigger_id: 't1',
    }).toString();
    const answer = await postSlackRequest(`http://127.0.0.1:${port}/slack/events`, SECRET, body);
    expect(answer.status).toBe(200);
    for (let i = 0; i < 100 && fake.responses.length === 0; i += 1)
      await new Promise((r) => setTimeout(r, 50));
    expect(fake.responses[0]?.body).toMatchObject({ response_type: 'in_channel' });
    expect(JSON.stringify(fake.responses[0]?.body)).toMatch(/20(23|24|25)/);
    expect(await run.stop()).toBe(0);
  }, 30_000);

  it('lets a user listed in settings.admins.slack run admin commands', async () => {
    const settings = join(dir, 'settings.yaml');
    const listed = readFileSync(settings, 'utf8').replace(/slack: \[\]/, 'slack: [ULISTED]');
    expect(listed).toContain('slack: [ULISTED]');
    writeFileSync(settings, listed);
    fake.addUser('ULISTED');
    fake.addUser('UOTHER');
    const run = startRun(fake.apiUrl);
    const [, port] = await run.waitFor(/"port":(\d+),"msg":"slack bot ready"/);
    const ask = async (user: string, id: string) => {
      const body = new URLSearchParams({
        command: '/sahel',
        text: 'alert add Kidal',
        user_id: user,
        channel_id: 'C9',
        team_id: fake.teamId,
        response_url: fake.responseUrl(id),
      }).toString();
      await postSlackRequest(`http://127.0.0.1:${port}/slack/events`, SECRET, body);
      for (let i = 0; i < 100 && !fake.responses.some((r) => r.id === id); i += 1)
        await new Promise((r) => setTimeout(r, 50));
      return String(fake.responses.find((r) => r.id === id)?.body.text);
    };
    expect(await ask('UOTHER', 'refused')).toMatch(/^only workspace admins can change alerts/);
    const allowed = await ask('ULISTED', 'allowed');
    expect(allowed).toMatch(/Kidal/);
    expect(allowed).not.toMatch(/only workspace admins/);
    expect(await run.stop()).toBe(0);
  }, 30_000);
});
