import type { WebClient } from '@slack/web-api';
import type { Language } from '../../core/config-types.js';
import { describeError } from '../../core/errors.js';
import type { Logger } from '../../core/ports.js';

/** What the bot needs to know of the user behind a command or a button. */
export interface SlackUserProfile {
  /**
   * A configured admin, or a workspace admin or owner. Asked of Slack at every use that needs
   * it; otherwise only the configured admins count (no answer but an admin command reads it).
   */
  readonly admin: boolean;
  /**
   * `fr` when the user's Slack is in French (`fr-FR`, `fr-CA`), else null: answers then come in
   * the configured language (see `CommandContext.locale`).
   */
  readonly language: Language | null;
}

export interface SlackUserProfiles {
  /** `needAdmin`: the request runs an admin command, so workspace rights must be asked now. */
  lookup(client: WebClient, userId: string, needAdmin: boolean): Promise<SlackUserProfile>;
}

export interface SlackUserProfilesDeps {
  /** Slack user ids that are admins besides the workspace's admins and owners. */
  readonly admins?: readonly string[];
  readonly logger: Logger;
  /** How long a user's language is kept before Slack is asked again (one hour). */
  readonly languageTtlMs?: number;
  readonly now?: () => number;
}

/** One hour: a user rarely changes their Slack language, and a change shows within the hour. */
const LANGUAGE_TTL_MS = 3_600_000;

/**
 * Who a user is, from one `users.info` call with `include_locale`: admin rights (never cached,
 * so a demoted admin loses them at once) and language (cached per user for an hour). A request
 * that needs no workspace rights (a configured admin, or no admin command) and whose user's
 * language is cached costs no call. A failed lookup counts as not a workspace admin and keeps
 * the language last known.
 * @see https://docs.slack.dev/reference/methods/users.info
 */
export function createSlackUserProfiles(deps: SlackUserProfilesDeps): SlackUserProfiles {
  const ttl = deps.languageTtlMs ?? LANGUAGE_TTL_MS;
  const now = deps.now ?? Date.now;
  const languages = new Map<string, { readonly language: Language | null; readonly at: number }>();
  return {
    async lookup(client, userId, needAdmin) {
      const listed = deps.admins?.includes(userId) === true;
      const cached = languages.get(userId);
      const fresh = cached !== undefined && now() - cached.at < ttl;
      if (fresh && (listed || !needAdmin)) return { admin: listed, language: cached.language };
      try {
        const { user } = await client.users.info({ user: userId, include_locale: true });
        const language = languageOf(user?.locale);
        languages.set(userId, { language, at: now() });
        return { admin: listed || user?.is_admin === true || user?.is_owner === true, language };
      } catch (error) {
        deps.logger.warn('slack users.info failed', { userId, error: describeError(error) });
        return { admin: listed, language: cached?.language ?? null };
      }
    },
  };
}

/** `fr` for any French Slack locale (`fr-FR`, `fr-CA`), else null. */
export function languageOf(locale: string | undefined): Language | null {
  return locale?.toLowerCase().split(/[-_]/)[0] === 'fr' ? 'fr' : null;
}
