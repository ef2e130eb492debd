/**
 * Who a message would notify on the real Discord, read from its `content`, `allowed_mentions`
 * and `message_reference` as Discord reads them: only `content` is parsed for mentions (embeds
 * never ping); without `allowed_mentions` every mention in the content pings; with it, only the
 * kinds in `parse` and the ids in `roles` / `users` do; a reply pings its author unless
 * `allowed_mentions` is given without `replied_user: true`.
 * @see https://discord.com/developers/docs/resources/message#allowed-mentions-object
 */

type Json = Record<string, unknown>;

/** One notification: `@everyone` (also for `@here`), `role:<id>`, `user:<id>` or `reply`. */
export type Ping = '@everyone' | `role:${string}` | `user:${string}` | 'reply';

const strings = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];

export function pingsOf(body: Json): Ping[] {
  const content = typeof body.content === 'string' ? body.content : '';
  const allowed = body.allowed_mentions as Json | undefined;
  const parse = allowed === undefined ? ['everyone', 'roles', 'users'] : strings(allowed.parse);
  const roles = new Set(strings(allowed?.roles));
  const users = new Set(strings(allowed?.users));
  const pings: Ping[] = [];
  if (parse.includes('everyone') && /@(?:everyone|here)/.test(content)) pings.push('@everyone');
  for (const [, id = ''] of content.matchAll(/<@&(\d+)>/g))
    if (parse.includes('roles') || roles.has(id)) pings.push(`role:${id}`);
  for (const [, id = ''] of content.matchAll(/<@!?(\d+)>/g))
    if (parse.includes('users') || users.has(id)) pings.push(`user:${id}`);
  if (
    body.message_reference !== undefined &&
    (allowed === undefined || allowed.replied_user === true)
  )
    pings.push('reply');
  return [...new Set(pings)];
}

/** Discord's 400 for `allowed_mentions` it refuses: a kind both parsed and listed by id. */
export function checkAllowedMentions(body: Json): string | null {
  const allowed = body.allowed_mentions as Json | undefined;
  if (allowed === undefined) return null;
  const parse = strings(allowed.parse);
  if (parse.some((p) => !['everyone', 'roles', 'users'].includes(p)))
    return 'allowed_mentions.parse: invalid value';
  if (parse.includes('roles') && strings(allowed.roles).length > 0)
    return 'allowed_mentions: parse:["roles"] and roles: [ids] are mutually exclusive';
  if (parse.includes('users') && strings(allowed.users).length > 0)
    return 'allowed_mentions: parse:["users"] and users: [ids] are mutually exclusive';
  if (strings(allowed.roles).length > 100) return 'allowed_mentions.roles: at most 100';
  return null;
}
