import type { App } from './app.js';
import { createAdminPorts, type AdminPortsOptions } from './command-ports-admin.js';
import { createReadPorts } from './command-ports-read.js';
import type { CommandPorts } from './core/command-ports.js';

/**
 * The ports every command handler reaches the application through, over a wired app's store:
 * read ports for every user and admin ports the dispatcher only lets admins' commands use.
 * Creating them starts nothing (no polling, no delivery), so `say` and `chat` can use them.
 */
export function createCommandPorts(app: App, options: AdminPortsOptions = {}): CommandPorts {
  return { read: createReadPorts(app), admin: createAdminPorts(app, options) };
}
