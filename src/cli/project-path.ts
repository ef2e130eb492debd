import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * A path inside the project folder: the nearest folder above this module that holds
 * `package.json`. Works from the sources (`src/cli/`) and from the bundle (`dist/`), where a
 * path relative to the module would differ.
 */
export function projectPath(relative: string): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'package.json')) && dirname(dir) !== dir) dir = dirname(dir);
  return join(dir, relative);
}
