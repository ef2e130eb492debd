import type { Config, Language } from '../core/config-types.js';
import type { Message } from '../core/message.js';
import type { Story } from '../core/story.js';
import { buildAlert, buildAlertUpdate } from '../digest/build-alert.js';
import { buildDigest } from '../digest/build-digest.js';

/** What an alert or its later update shows. */
export interface AlertInput {
  readonly story: Story;
  /** The subscription's query, shown so a channel knows why it got the alert. */
  readonly query: string;
  readonly locale: Language;
}

export interface DigestInput {
  /** The window's stories, oldest first; the builder ranks them. */
  readonly stories: readonly Story[];
  /** Epoch ms, `from` exclusive, `to` inclusive. */
  readonly window: { readonly from: number; readonly to: number };
  readonly timezone: string;
  readonly locale: Language;
  readonly size: number;
  readonly empty: 'notice' | 'skip';
}

/**
 * The messages the pipeline queues. The default set wraps the pure builders of `src/digest`;
 * tests pass simpler ones to look at what was queued rather than how it reads.
 */
export interface MessageBuilders {
  alert(input: AlertInput): Message;
  /** The alert again, with the sources that arrived since ("also reported by …"). */
  update(input: AlertInput): Message;
  /** Null when the window is empty and empty digests are skipped. */
  digest(input: DigestInput): Message | null;
}

/** The message builders of `src/digest`, bound to the knowledge base. */
export function createMessageBuilders(
  config: Pick<Config, 'facts' | 'watchlist'>,
): MessageBuilders {
  return {
    alert: (input) => buildAlert({ ...input, config }),
    update: (input) => buildAlertUpdate({ ...input, config }),
    digest: (input) => buildDigest({ ...input, config }),
  };
}
