import type { CommandContext } from '../../src/core/command.js';
import type { CommandPorts } from '../../src/core/command-ports.js';
import type { Config } from '../../src/core/config-types.js';

/**
 * Ports that fail loudly when a handler reaches one the test did not provide, so a test never
 * passes by reading an empty store it did not mean to use.
 */
export function unexpectedPorts(): CommandPorts {
  const trap = (name: string): never => {
    throw new Error(`this test gave the handler no ${name} port`);
  };
  return new Proxy({} as CommandPorts, {
    get: (_target, group: string) =>
      new Proxy({}, { get: (_t, port: string) => trap(`${group}.${port}`) }),
  });
}

/** A console admin's context over `config`, with the given ports and overrides. */
export function makeContext(
  config: Config,
  overrides: Partial<CommandContext> = {},
): CommandContext {
  return {
    config,
    clock: { now: () => Date.UTC(2026, 11, 6, 12) },
    locale: 'en',
    platform: 'console',
    channel: 'console',
    requester: { userId: 'console', admin: true },
    ports: unexpectedPorts(),
    ...overrides,
  };
}
