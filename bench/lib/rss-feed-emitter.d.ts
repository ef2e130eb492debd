// rss-feed-emitter ships no types; the benchmark uses only this much of it.
declare module 'rss-feed-emitter' {
  export default class RssFeedEmitter {
    constructor(options?: { userAgent?: string; skipFirstLoad?: boolean });
    add(config: { url: string | string[]; refresh?: number }): unknown;
    on(event: 'new-item' | 'error', listener: (payload: unknown) => void): void;
    destroy(): void;
  }
}
