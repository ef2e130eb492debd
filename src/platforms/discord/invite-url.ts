/**
 * The bot's invite link. The permissions are exactly what posting needs: View Channel, Send
 * Messages, Embed Links and Send Messages in Threads, plus Create Public Threads only when
 * forum delivery (a thread per arc) is used. No Mention Everyone, no Manage anything.
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
