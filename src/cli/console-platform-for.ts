import { createCommandSet } from '../../commands/index.js';
import type { App } from '../app.js';
import type { ChatPlatform } from '../core/ports.js';
import { createConsolePlatform } from '../platforms/console/console-platform.js';

/**
 * The console platform `run`, `once` and `demo` print alerts and digests on: labels in the
 * settings' language, and a French post's command lines as a French reader types them.
 */
export function consolePlatformFor(app: App, out: { write(chunk: string): unknown }): ChatPlatform {
  return createConsolePlatform({
    out,
    locale: app.config.settings.locale,
    tops: createCommandSet(app.config).tops,
  });
}
