import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';

/** A name for this worker that is unique across restarts: `host:pid:nonce`. */
export function createWorkerId(): string {
  return `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;
}

/**
 * Whether the worker named `owner` may still be running. A worker on another host, or one
 * whose name does not parse, counts as alive (only its lease can end its claim). On this host, a
 * process that no longer exists, or an earlier worker that had this process's pid, is dead.
 */
export function isWorkerAlive(owner: string, self: string): boolean {
  if (owner === self) return true;
  const [host, pidText] = owner.split(':');
  const pid = Number(pidText);
  if (host !== hostname() || !Number.isInteger(pid) || pid <= 0) return true;
  if (pid === process.pid) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
