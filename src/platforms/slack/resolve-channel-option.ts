import type { WebClient } from '@slack/web-api';
import type { Invocation } from '../../core/command.js';
import type { Language } from '../../core/config-types.js';
import { postsHere } from '../../core/posts-here.js';
import { err, ok, type Result } from '../../core/result.js';
import type { SlackChannelDirectory, SlackChannelFailure } from './slack-channel-directory.js';

/** `#sahel-alerts` as Slack users type a channel (Slack sends it as text, unescaped). */
const TYPED_NAME = /^#([^\s<>|#]{1,80})$/;

const OR_ID = {
  en: 'or give the channel as <#C…> or its id',
  fr: 'ou donnez le canal sous la forme <#C…> ou son id',
} as const satisfies Record<Language, string>;

const WORDS = {
  en: {
    notFound: (name: string, suggestion?: string) =>
      `channel: no channel #${name} that the app can see${suggestion === undefined ? '' : ` — did you mean #${suggestion}?`} (a private channel needs /invite @sahel-digest there first)`,
    ambiguous: (name: string, ids: readonly string[]) =>
      `channel: ${ids.length} channels are named #${name} (${ids.join(', ')}) — give the one you mean by its id`,
    notMember: (name: string) =>
      `channel: the app is not in #${name} — invite it there with /invite @sahel-digest, then try again`,
    missingScope: (needed: string) =>
      `channel: Slack will not list channels by name: the app lacks the ${needed} scope — add it under OAuth & Permissions and reinstall the app, ${OR_ID.en}`,
    rateLimited: `channel: Slack is limiting how often the app may list channels — try again in a minute, ${OR_ID.en}`,
    failed: (name: string, reason: string) =>
      `channel: could not look up #${name} on Slack (${reason}) — try again, ${OR_ID.en}`,
  },
  fr: {
    notFound: (name: string, suggestion?: string) =>
      `channel: aucun canal #${name} visible par l’application${suggestion === undefined ? '' : ` — vouliez-vous dire #${suggestion} ?`} (un canal privé demande d’abord /invite @sahel-digest)`,
    ambiguous: (name: string, ids: readonly string[]) =>
      `channel: ${ids.length} canaux s’appellent #${name} (${ids.join(', ')}) — donnez celui que vous voulez par son id`,
    notMember: (name: string) =>
      `channel: l’application n’est pas dans #${name} — invitez-la avec /invite @sahel-digest, puis réessayez`,
    missingScope: (needed: string) =>
      `channel: Slack refuse de lister les canaux par nom : il manque à l’application la permission ${needed} — ajoutez-la dans OAuth & Permissions et réinstallez l’application, ${OR_ID.fr}`,
    rateLimited: `channel: Slack limite la fréquence à laquelle l’application liste les canaux — réessayez dans une minute, ${OR_ID.fr}`,
    failed: (name: string, reason: string) =>
      `channel: impossible de trouver #${name} sur Slack (${reason}) — réessayez, ${OR_ID.fr}`,
  },
} as const satisfies Record<Language, unknown>;

/** The one-line reason a `#name` did not resolve, in the user's language. */
export function describeChannelFailure(
  failure: SlackChannelFailure,
  typed: string,
  locale: Language,
): string {
  const words = WORDS[locale];
  switch (failure.code) {
    case 'not-found':
      return words.notFound(failure.name, failure.suggestion);
    case 'ambiguous':
      return words.ambiguous(failure.name, failure.ids);
    case 'missing-scope':
      return words.missingScope(failure.needed);
    case 'rate-limited':
      return words.rateLimited;
    case 'failed':
      return words.failed(typed, failure.reason);
  }
}

/**
 * The invocation with a typed `channel:#name` replaced by the channel's mention
 * (`<#C123|sahel-alerts>`), the form the neutral commands read; any other value is left as it
 * is. A command that makes the app post there (`alert add`, `digest subscribe`) is refused when
 * the app is not in the channel; reading or removing its subscriptions is not.
 */
export async function resolveChannelOption(
  invocation: Invocation,
  io: {
    readonly client: WebClient;
    readonly directory: SlackChannelDirectory;
    readonly locale: Language;
  },
): Promise<Result<Invocation, string>> {
  const value = invocation.args['channel'];
  const typed = typeof value === 'string' ? TYPED_NAME.exec(value.trim())?.[1] : undefined;
  if (typed === undefined) return ok(invocation);
  const found = await io.directory.find(io.client, typed);
  if (!found.ok) return err(describeChannelFailure(found.error, typed, io.locale));
  const channel = found.value;
  if (!channel.isMember && postsHere(invocation))
    return err(WORDS[io.locale].notMember(channel.name));
  const mention = `<#${channel.id}|${channel.name}>`;
  return ok({ ...invocation, args: { ...invocation.args, channel: mention } });
}
