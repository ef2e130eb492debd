/** Types of build.mjs (plain JavaScript so the launcher can run it before anything else). */
export const ROOT: string;
export const DIST: string;
export const ENTRIES: Readonly<Record<string, string>>;
export function isStale(): boolean;
export function bundle(entries: Readonly<Record<string, string>>): Promise<void>;
export function build(): Promise<void>;
export function ensureBuilt(): Promise<string>;
