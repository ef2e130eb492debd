import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export interface Run {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

const BIN = fileURLToPath(new URL('../../../bin/sahel-digest.js', import.meta.url));

/** Runs `sahel-digest parse ARGS` as a user would, with private feeds refused unless `env` says otherwise. */
export function parseCli(args: readonly string[], env: Record<string, string> = {}): Promise<Run> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [BIN, 'parse', ...args],
      { env: { ...process.env, LOG_LEVEL: 'silent', ALLOW_PRIVATE_FEEDS: 'false', ...env }, maxBuffer: 64 * 1024 * 1024 },
      (error, stdout, stderr) => {
        const code = error === null ? 0 : typeof error.code === 'number' ? error.code : -1;
        resolve({ code, stdout, stderr });
      },
    );
  });
}
