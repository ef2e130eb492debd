import type {
  AutocompleteInteraction,
  ButtonInteraction,
  ChatInputCommandInteraction,
  Interaction,
  InteractionEditReplyOptions,
  InteractionReplyOptions,
} from 'discord.js';
import type { CommandSet, InvocationContext, TopCommand } from '../../core/command.js';
import { describeError } from '../../core/errors.js';
import type { Message } from '../../core/message.js';
import type { Logger } from '../../core/ports.js';
import type { DiscordMessagePayload } from './discord-payload.js';
import { withDiscordPaths } from './discord-command-paths.js';
import { withChannelAccessWarning, type ChannelAccess } from './channel-access-warning.js';
import { chosenChannel, forumPostNote, refuseChosenChannel } from './chosen-channel-check.js';
import { truncateWords } from './escape-markdown.js';
import { localeOf, resolveCommand } from './interaction-invocation.js';
import { renderDiscord } from './render-discord.js';
import { discordServerChannels } from './server-channels.js';

/** Discord's `EPHEMERAL` message flag: only the user who asked sees the answer. */
const EPHEMERAL = 1 << 6;
/** Manage Server (`MANAGE_GUILD`). */
const MANAGE_GUILD = 1n << 5n;

export interface InteractionDeps {
  readonly commands: CommandSet;
  /** What every command context shares; the interaction adds locale, channel and requester. */
  readonly base: Pick<InvocationContext, 'config' | 'clock' | 'ports'>;
  readonly logger: Logger;
}

type Replyable = ChatInputCommandInteraction | ButtonInteraction;

/**
 * Answers one interaction through the neutral commands: slash commands run through
 * `CommandSet.run` (deferred first when the command is `slow`), autocomplete through `complete`,
 * buttons through `runAction` (their custom_id is the command line). Admin rights come from the
 * member's permissions in this interaction (Manage Server), never from a cache. Nothing throws:
 * a failure is logged and answered ephemerally with one line.
 * @see https://discord.com/developers/docs/interactions/receiving-and-responding
 */
export async function handleInteraction(
  interaction: Interaction,
  deps: InteractionDeps,
): Promise<void> {
  try {
    if (interaction.isChatInputCommand()) await answerCommand(interaction, deps);
    else if (interaction.isAutocomplete()) await answerAutocomplete(interaction, deps);
    else if (interaction.isButton()) await answerButton(interaction, deps);
  } catch (error) {
    deps.logger.error('discord interaction failed', {
      id: interaction.id,
      error: describeError(error),
    });
    if (interaction.isRepliable())
      await answerError(interaction as Replyable, describeError(error)).catch(() => undefined);
  }
}

function contextOf(interaction: Interaction, deps: InteractionDeps): InvocationContext {
  return {
    ...deps.base,
    locale: localeOf(interaction.locale, deps.base.config.settings.locale),
    platform: 'discord',
    channel: interaction.channelId ?? '',
    server: discordServerChannels(interaction.client, interaction.guildId),
    requester: {
      userId: interaction.user.id,
      admin: interaction.memberPermissions?.has(MANAGE_GUILD) ?? false,
      name: interaction.user.username,
    },
  };
}

async function answerCommand(
  interaction: ChatInputCommandInteraction,
  deps: InteractionDeps,
): Promise<void> {
  const resolved = resolveCommand(
    interaction.commandName,
    interaction.options.data,
    deps.commands.tops,
  );
  if (!resolved.ok) {
    await answerError(interaction, resolved.error);
    return;
  }
  const { invocation, definition } = resolved.value;
  const context = contextOf(interaction, deps);
  // Discord wants an answer within 3 s; a deferral buys 15 minutes. Admin answers are private.
  if (definition.slow === true)
    await interaction.deferReply(definition.admin ? { flags: EPHEMERAL } : {});
  const chosen = chosenChannel(invocation);
  const refusal =
    chosen === undefined || !context.requester.admin
      ? null
      : await refuseChosenChannel(interaction.client, chosen, context.locale);
  if (refusal !== null) {
    await sendAnswer(interaction, errorMessage(refusal), deps.commands.tops);
    return;
  }
  const ran = await deps.commands.run(invocation, context);
  // A channel picked with `channel:` was checked above; the warning is about this channel.
  const answer =
    chosen === undefined
      ? withChannelAccessWarning(ran, invocation, accessOf(interaction), context.locale)
      : ran;
  const note = isError(answer)
    ? null
    : await forumPostNote(interaction.client, invocation, interaction.channelId, context.locale);
  await sendAnswer(interaction, withNote(answer, note), deps.commands.tops);
}

function errorMessage(reason: string): Message {
  return {
    blocks: [{ type: 'text', text: reason, tone: 'error' }],
    fallback: reason,
    ephemeral: true,
  };
}

function isError(message: Message): boolean {
  return message.blocks.some((b) => b.type === 'text' && b.tone === 'error');
}

/** The answer with one more line of text at its end. */
function withNote(message: Message, note: string | null): Message {
  if (note === null) return message;
  return {
    ...message,
    blocks: [...message.blocks, { type: 'text', text: note }],
    fallback: `${message.fallback}\n${note}`,
  };
}

/** The bot's permissions in the interaction's channel, as Discord sent them with it. */
function accessOf(interaction: ChatInputCommandInteraction): ChannelAccess {
  return {
    permissions: interaction.appPermissions.bitfield,
    inThread: interaction.channel?.isThread() ?? false,
  };
}

async function answerAutocomplete(
  interaction: AutocompleteInteraction,
  deps: InteractionDeps,
): Promise<void> {
  const resolved = resolveCommand(
    interaction.commandName,
    interaction.options.data,
    deps.commands.tops,
  );
  const focused = resolved.ok ? resolved.value.focused : undefined;
  const option = resolved.ok
    ? resolved.value.definition.options.find((o) => o.name === focused?.name)
    : undefined;
  if (focused === undefined || option?.complete === undefined) {
    await interaction.respond([]);
    return;
  }
  // The options filled so far go along: ids of remove and resume are those of the channel that
  // `channel:` names (checked to be of this server), once it is picked.
  const completions = await deps.commands.complete(
    option.complete,
    focused.value,
    contextOf(interaction, deps),
    resolved.ok ? resolved.value.invocation.args : {},
    resolved.ok ? resolved.value.definition : {},
  );
  await interaction.respond(
    completions
      .filter((c) => c.value.length > 0 && c.value.length <= 100)
      .slice(0, 25)
      .map((c) => ({
        name: truncateWords(c.label.trim() === '' ? c.value : c.label, 100),
        value: c.value,
      })),
  );
}

/**
 * A button's custom_id is a command line: run it and show the answer to the presser only. On a
 * private answer (a page of an ephemeral list) the answer replaces that message, so paging
 * does not pile up messages; on a public post (an alert, a digest) it never touches the post.
 */
async function answerButton(interaction: ButtonInteraction, deps: InteractionDeps): Promise<void> {
  const message = await deps.commands.runAction(interaction.customId, contextOf(interaction, deps));
  if (!interaction.message.flags.has(EPHEMERAL) || message.ephemeral === true) {
    await sendAnswer(interaction, { ...message, ephemeral: true }, deps.commands.tops);
    return;
  }
  const [first, ...rest] = renderDiscord(withDiscordPaths(message, deps.commands.tops), {
    locale: localeOf(interaction.locale, 'en'),
  });
  if (first === undefined) return;
  await interaction.update(editOptions(first));
  for (const payload of rest) await interaction.followUp(replyOptions(payload, true));
}

/**
 * The first payload answers the interaction (or fills a deferral); the rest follow up. Command
 * paths in the text are shown as typed on Discord (`/sahel-admin alert add`).
 */
async function sendAnswer(
  interaction: Replyable,
  message: Message,
  tops: readonly TopCommand[],
): Promise<void> {
  const ephemeral = message.ephemeral === true;
  const [first, ...rest] = renderDiscord(withDiscordPaths(message, tops), {
    locale: localeOf(interaction.locale, 'en'),
  });
  if (first === undefined) return;
  if (interaction.deferred) await interaction.editReply(editOptions(first));
  else await interaction.reply(replyOptions(first, ephemeral));
  for (const payload of rest) await interaction.followUp(replyOptions(payload, ephemeral));
}

async function answerError(interaction: Replyable, reason: string): Promise<void> {
  const message = errorMessage(reason);
  if (interaction.deferred || interaction.replied) {
    await interaction.followUp(
      replyOptions(renderDiscord(message)[0] as DiscordMessagePayload, true),
    );
    return;
  }
  await sendAnswer(interaction, message, []);
}

/** Filling a deferred reply: its ephemerality was chosen when it was deferred. */
function editOptions(payload: DiscordMessagePayload): InteractionEditReplyOptions {
  return { ...replyOptions(payload, false) } as unknown as InteractionEditReplyOptions;
}

/** Our payloads are Discord's JSON already; discord.js accepts embeds and rows as JSON. */
function replyOptions(payload: DiscordMessagePayload, ephemeral: boolean): InteractionReplyOptions {
  return {
    embeds: payload.embeds,
    components: payload.components,
    allowedMentions: { parse: [] },
    ...(ephemeral ? { flags: EPHEMERAL } : {}),
  } as unknown as InteractionReplyOptions;
}
