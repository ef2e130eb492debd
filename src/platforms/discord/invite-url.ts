/**
 * The bot's invite link. The permissions are exactly what posting needs: View Channel, Send
 * Messages, Embed Links and Send Messages in Threads, plus Create Public Threads only when
 * forum delivery (a thread per arc) is used (`discord register --forum`). Discord documents
 * Send Messages as what opens a forum post and Send Messages in Threads as what posts in it, so
 * `--forum` is a margin, not a requirement. No Mention Everyone: an admin's role ping needs the
 * role to be mentionable. No Manage anything: archived arc posts are unarchived with Send
 * Messages alone, and locked ones are left to moderators.
 * @see https://discord.com/developers/docs/topics/permissions#permissions-bitwise-permission-flags
 */
export const BOT_PERMISSIONS = {
  ViewChannel: 1n << 10n,
  SendMessages: 1n << 11n,
  EmbedLinks: 1n << 14n,
  CreatePublicThreads: 1n << 35n,
  SendMessagesInThreads: 1n << 38n,
} as const;

/** The permission integer the bot asks for. */
export function botPermissions(options: { readonly forum?: boolean } = {}): bigint {
  const p = BOT_PERMISSIONS;
  const base = p.ViewChannel | p.SendMessages | p.EmbedLinks | p.SendMessagesInThreads;
  return options.forum === true ? base | p.CreatePublicThreads : base;
}

/** `https://discord.com/oauth2/authorize?client_id=…&scope=bot+applications.commands&permissions=…` */
export function inviteUrl(
  applicationId: string,
  options: { readonly forum?: boolean } = {},
): string {
  const query = new URLSearchParams({
    client_id: applicationId,
    scope: 'bot applications.commands',
    permissions: String(botPermissions(options)),
  });
  return `https://discord.com/oauth2/authorize?${query.toString()}`;
}
