import type { AdminPorts } from './admin-ports.js';
import type { ReadPorts } from './read-ports.js';

/**
 * Everything a command handler may reach besides the configuration: read ports (stories, items,
 * facts, the matcher) for every user, and admin ports (subscriptions, feeds, settings, digests
 * on demand) that the dispatcher only lets admins' commands use.
 */
export interface CommandPorts {
  readonly read: ReadPorts;
  readonly admin: AdminPorts;
}
