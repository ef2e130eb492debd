/**
 * Where the parse workers load the reader from: the TypeScript source next to this module when
 * running from the sources (tests, scripts), the bundle next to the built program otherwise.
 */
export function readerModuleUrl(): URL {
  const extension = import.meta.url.endsWith('.ts') ? '.ts' : '.js';
  return new URL(`./read-and-match${extension}`, import.meta.url);
}
