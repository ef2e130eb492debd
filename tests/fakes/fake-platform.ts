import { appendFileSync, existsSync, readFileSync } from 'node:fs';
import type { Platform } from '../../src/core/config-types.js';
import type { Message } from '../../src/core/message.js';
import type { ChatPlatform, DeliveryFailure, SendRequest } from '../../src/core/ports.js';
import { err, ok } from '../../src/core/result.js';

export interface FakePost {
  readonly remoteId: string;
  readonly channel: string;
  readonly idempotencyKey: string;
  readonly message: Message;
}

export interface FakeEdit {
  readonly channel: string;
  readonly remoteId: string;
  readonly message: Message;
}

/** What the next call does: succeed, fail with a `DeliveryFailure`, or throw. */
export type FakeOutcome =
  | { readonly kind: 'ok' }
  | { readonly kind: 'fail'; readonly failure: DeliveryFailure }
  | { readonly kind: 'throw'; readonly error: Error };

export interface FakePlatformOptions {
  readonly name?: Platform;
  /** Honour idempotency keys as Discord's `enforce_nonce` does: a known key returns the first post. */
  readonly idempotentSends?: boolean;
  readonly canEdit?: boolean;
  /**
   * Keep the posts in this JSON Lines file instead of memory, so that the "remote side" outlives
   * a process killed in a crash test.
   */
  readonly journalPath?: string;
  /** Called after a post is accepted and before `send` returns (a crash test kills itself here). */
  readonly afterAccept?: (post: FakePost) => void;
}

export interface FakePlatform extends ChatPlatform {
  /** Every message the remote side accepted, in order. */
  posts(): readonly FakePost[];
  readonly edits: FakeEdit[];
  /** Every `send` call, accepted or not. */
  readonly calls: SendRequest[];
  /** Queues outcomes for the next calls (send and edit alike); afterwards calls succeed. */
  script(...outcomes: FakeOutcome[]): void;
}

/** A scriptable `ChatPlatform` for delivery tests. */
export function createFakePlatform(options: FakePlatformOptions = {}): FakePlatform {
  const memory: FakePost[] = [];
  const queue: FakeOutcome[] = [];
  const edits: FakeEdit[] = [];
  const calls: SendRequest[] = [];
  const journal = options.journalPath;

  const posts = (): readonly FakePost[] => {
    if (!journal) return memory;
    if (!existsSync(journal)) return [];
    return readFileSync(journal, 'utf8')
      .split('\n')
      .filter((line) => line !== '')
      .map((line) => JSON.parse(line) as FakePost);
  };
  const record = (post: FakePost): void => {
    if (journal) appendFileSync(journal, `${JSON.stringify(post)}\n`);
    else memory.push(post);
  };
  const next = (): FakeOutcome => queue.shift() ?? { kind: 'ok' };

  return {
    name: options.name ?? 'discord',
    idempotentSends: options.idempotentSends ?? true,
    canEdit: options.canEdit ?? true,
    posts,
    edits,
    calls,
    script(...outcomes) {
      queue.push(...outcomes);
    },
    async send(request) {
      calls.push(request);
      const outcome = next();
      if (outcome.kind === 'throw') throw outcome.error;
      if (outcome.kind === 'fail') return err(outcome.failure);
      if (this.idempotentSends) {
        const earlier = posts().find(
          (p) => p.idempotencyKey === request.idempotencyKey && p.channel === request.channel,
        );
        if (earlier) return ok({ remoteId: earlier.remoteId });
      }
      const post: FakePost = {
        remoteId: `m${posts().length + 1}`,
        channel: request.channel,
        idempotencyKey: request.idempotencyKey,
        message: request.message,
      };
      record(post);
      options.afterAccept?.(post);
      return ok({ remoteId: post.remoteId });
    },
    async edit(channel, remoteId, message) {
      const outcome = next();
      if (outcome.kind === 'throw') throw outcome.error;
      if (outcome.kind === 'fail') return err(outcome.failure);
      edits.push({ channel, remoteId, message });
      return ok({ remoteId });
    },
  };
}
