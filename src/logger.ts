import { pino } from 'pino';
import type { LogLevel } from './core/config-types.js';
import type { Logger } from './core/ports.js';

/** The pino implementation of the `Logger` port; logs go to stderr so stdout stays for output. */
export function createPinoLogger(level: LogLevel): Logger {
  return wrap(pino({ level, base: { app: 'sahel-digest' } }, pino.destination(2)));
}

function wrap(base: pino.Logger): Logger {
  return {
    debug: (msg, meta) => base.debug(meta ?? {}, msg),
    info: (msg, meta) => base.info(meta ?? {}, msg),
    warn: (msg, meta) => base.warn(meta ?? {}, msg),
    error: (msg, meta) => base.error(meta ?? {}, msg),
    child: (bindings) => wrap(base.child(bindings)),
  };
}
