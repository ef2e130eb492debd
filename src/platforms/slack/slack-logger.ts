import { LogLevel, type Logger as SlackLogger } from '@slack/web-api';
import type { Logger } from '../../core/ports.js';

/**
 * The Slack SDKs' logger interface over the app's `Logger`: the SDKs log free-form arguments,
 * which go into `meta.detail` under one constant message per level. Debug output is dropped
 * (it includes request bodies).
 */
export function toSlackLogger(logger: Logger, name = 'slack'): SlackLogger {
  let level: LogLevel = LogLevel.INFO;
  const detail = (msg: unknown[]): Record<string, unknown> => ({
    sdk: name,
    detail: msg.map((m) => (m instanceof Error ? m.message : String(m))).join(' '),
  });
  return {
    debug: () => undefined,
    info: (...msg: unknown[]) => logger.debug('slack sdk info', detail(msg)),
    warn: (...msg: unknown[]) => logger.warn('slack sdk warning', detail(msg)),
    error: (...msg: unknown[]) => logger.error('slack sdk error', detail(msg)),
    setLevel: (next: LogLevel) => {
      level = next;
    },
    getLevel: () => level,
    setName: (next: string) => {
      name = next;
    },
  };
}
