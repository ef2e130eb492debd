import type { CardConfig } from '../digest/story-card.js';
import type { Message } from '../core/message.js';
import {
  buildAlert,
  buildAlertUpdate,
  type AlertInput as AlertBuildInput,
} from '../digest/build-alert.js';
import { buildDigest, type DigestInput as DigestBuildInput } from '../digest/build-digest.js';

/** What an alert or its later update shows; the knowledge base is bound by the builders. */
export type AlertInput = Omit<AlertBuildInput, 'config'>;

/** A digest's window and presentation; the knowledge base is bound by the builders. */
export type DigestInput = Omit<DigestBuildInput, 'config'>;

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
export function createMessageBuilders(config: CardConfig): MessageBuilders {
  return {
    alert: (input) => buildAlert({ ...input, config }),
    update: (input) => buildAlertUpdate({ ...input, config }),
    digest: (input) => buildDigest({ ...input, config }),
  };
}
