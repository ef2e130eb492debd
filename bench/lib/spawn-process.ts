import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** Starts `node --import tsx SCRIPT ARGS…` from the project root. */
export function spawnTs(script: string, args: readonly string[], extraNodeArgs: readonly string[] = []): ChildProcess {
  return spawn(process.execPath, [...extraNodeArgs, '--import', 'tsx', script, ...args], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
}

/**
 * The node flags `npm start` runs the program with (the words between `node` and the script in
 * package.json's start script), so a benchmark runs the program exactly as it is started.
 */
export function startFlags(): string[] {
  const pkg = JSON.parse(readFileSync(new URL('package.json', `file://${ROOT}`), 'utf8')) as { scripts: { start: string } };
  const words = pkg.scripts.start.split(/\s+/);
  const script = words.findIndex((w) => w.endsWith('.js'));
  return words.slice(1, script).filter((w) => w.startsWith('--'));
}

/** Starts `node FLAGS… SCRIPT ARGS…` (plain JavaScript, e.g. a built bundle) from the project root. */
export function spawnJs(script: string, args: readonly string[], nodeArgs: readonly string[] = []): ChildProcess {
  return spawn(process.execPath, [...nodeArgs, script, ...args], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
}

/** Resolves with the first stdout line starting with `prefix` (without it); rejects if the process ends first. */
export function lineFrom(child: ChildProcess, prefix: string, timeoutMs: number): Promise<string> {
  return new Promise((resolve, reject) => {
    let buffer = '';
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`no "${prefix}" line within ${timeoutMs} ms`));
    }, timeoutMs);
    child.stdout?.on('data', (chunk: Buffer) => {
      buffer += chunk.toString();
      for (const line of buffer.split('\n')) {
        if (line.startsWith(prefix)) {
          clearTimeout(timer);
          resolve(line.slice(prefix.length));
        }
      }
      buffer = buffer.slice(buffer.lastIndexOf('\n') + 1);
    });
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`process exited (code ${code}) before printing "${prefix}"`));
    });
  });
}
