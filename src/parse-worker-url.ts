/**
 * Where the parse workers load their entry (`parse-worker`) from: the TypeScript source next to
 * this module when running from the sources (tests, scripts), the bundle next to the built
 * program otherwise.
 */
export function parseWorkerUrl(): URL {
  const extension = import.meta.url.endsWith('.ts') ? '.ts' : '.js';
  return new URL(`./parse-worker${extension}`, import.meta.url);
}
