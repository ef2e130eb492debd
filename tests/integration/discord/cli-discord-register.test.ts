import { execFile } from 'node:child_process';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startFakeDiscord, type FakeDiscord } from '../../fakes/fake-discord.js';

interface Run {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs `sahel-digest ARGS` with exactly the Discord variables given. */
function cli(env: Record<string, string>, ...args: string[]): Promise<Run> {
  const base = Object.fromEntries(
    Object.entries(process.env).filter(([key]) => !key.startsWith('DISCORD_')),
  );
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      ['bin/sahel-digest.js', ...args],
      { env: { ...base, LOG_LEVEL: 'silent', ...env } },
      (error, stdout, stderr) => {
        const code = error === null ? 0 : typeof error.code === 'number' ? error.code : -1;
        resolve({ code, stdout, stderr });
      },
    );
  });
}

describe('sahel-digest discord register', () => {
  let fake: FakeDiscord;
  beforeEach(async () => {
    fake = await startFakeDiscord();
  });
  afterEach(() => fake.close());

  it('registers every command in the development guild and prints the invite URL', async () => {
    const run = await cli(
      {
        DISCORD_TOKEN: fake.token,
        DISCORD_API_BASE: fake.api,
        DISCORD_APPLICATION_ID: fake.applicationId,
        DISCORD_GUILD_ID: fake.guildId,
      },
      'discord',
      'register',
    );
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const names = fake.commands(fake.guildId).map((c) => c.name);
    expect(names).toEqual(['mali', 'burkina', 'niger', 'sahel', 'sahel-admin']);
    expect(fake.commands()).toEqual([]);
    expect(run.stdout).toBe(
      `registered /mali, /burkina, /niger, /sahel, /sahel-admin in guild ${fake.guildId}\n` +
        `invite: https://discord.com/oauth2/authorize?client_id=${fake.applicationId}&scope=bot+applications.commands&permissions=274877926400\n`,
    );
  });

  it('registers globally without a guild, asking Discord for the application id', async () => {
    const run = await cli(
      { DISCORD_TOKEN: fake.token, DISCORD_API_BASE: fake.api },
      'discord',
      'register',
    );
    expect(run.code).toBe(0);
    expect(fake.commands().map((c) => c.name)).toContain('sahel-admin');
    expect(fake.calls.map((c) => `${c.method} ${c.path}`)).toEqual([
      'GET /api/v10/applications/@me',
      `PUT /api/v10/applications/${fake.applicationId}/commands`,
    ]);
    expect(run.stdout).toMatch(/^registered .* globally/);
  });

  it('says in one line that the token is bad, and exits 1', async () => {
    const run = await cli(
      {
        DISCORD_TOKEN: 'not-the-token',
        DISCORD_API_BASE: fake.api,
        DISCORD_APPLICATION_ID: fake.applicationId,
      },
      'discord',
      'register',
    );
    expect(run).toEqual({
      code: 1,
      stdout: '',
      stderr: 'discord register: Discord refused the bot token (401): check DISCORD_TOKEN\n',
    });
  });

  it('says in one line that Discord cannot be reached, and exits 1', async () => {
    await fake.close();
    const run = await cli(
      {
        DISCORD_TOKEN: 'x',
        DISCORD_API_BASE: fake.api,
        DISCORD_APPLICATION_ID: fake.applicationId,
      },
      'discord',
      'register',
    );
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(
      new RegExp(`^discord register: could not reach Discord at ${fake.api}: .+\\n$`),
    );
  });

  it('says which variable is missing without a token', async () => {
    const run = await cli({}, 'discord', 'register');
    expect(run).toEqual({
      code: 1,
      stdout: '',
      stderr: 'discord register: DISCORD_TOKEN is not set (see .env.example)\n',
    });
  });
});
