import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** Starts `node --import tsx SCRIPT ARGS…` from the project root. */
export function spawnTs(script: string, args: readonly string[], extraNodeArgs: readonly string[] = []): ChildProcess {
  return spawn(process.execPath, [...extraNodeArgs, '--import', 'tsx', script, ...args], {
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
