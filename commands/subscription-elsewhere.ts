import type { CommandContext } from '../src/core/command.js';
import type { Language } from '../src/core/config-types.js';
import type { Subscription } from '../src/core/delivery-ports.js';
import { describeChannel, sameServer, type TargetChannel } from './alert-channel.js';

type Kind = Subscription['kind'];

/** At most this many other channels are named in one answer. */
const NAMED = 3;

const WORDS = {
  en: {
    noneHere: (kind: Kind) =>
      kind === 'alert' ? 'No alert in this channel.' : 'This channel has no digest.',
    count: (kind: Kind, n: number) => `${n} ${kind}${n === 1 ? '' : 's'}`,
    postIn: (what: string, n: number, where: string) =>
      `${what} ${n === 1 ? 'posts' : 'post'} in ${where}`,
    postElsewhere: (what: string, n: number, parts: string) =>
      `${what} ${n === 1 ? 'posts' : 'post'} elsewhere: ${parts}`,
    part: (n: number, where: string) => `${n} in ${where}`,
    more: (n: number) => `${n} more`,
    notHere: (kind: Kind, id: number, where: string) =>
      `${kind} ${id} posts in ${where}, not in this channel`,
    notThere: (kind: Kind, id: number, there: string, where: string) =>
      `${kind} ${id} posts in ${where}, not in ${there}`,
    isHere: (kind: Kind, id: number, there: string) =>
      `${kind} ${id} posts in this channel, not in ${there}`,
  },
  fr: {
    noneHere: (kind: Kind) =>
      kind === 'alert' ? 'Aucune alerte dans ce canal.' : "Ce canal n'a pas de digest.",
    count: (kind: Kind, n: number) =>
      kind === 'alert' ? `${n} alerte${n === 1 ? '' : 's'}` : `${n} digest${n === 1 ? '' : 's'}`,
    postIn: (what: string, n: number, where: string) =>
      `${what} ${n === 1 ? 'publie' : 'publient'} dans ${where}`,
    postElsewhere: (what: string, n: number, parts: string) =>
      `${what} ${n === 1 ? 'publie' : 'publient'} ailleurs : ${parts}`,
    part: (n: number, where: string) => `${n} dans ${where}`,
    more: (n: number) => `${n} de plus`,
    notHere: (kind: Kind, id: number, where: string) =>
      `${kind === 'alert' ? "l'alerte" : 'le digest'} ${id} publie dans ${where}, pas dans ce canal`,
    notThere: (kind: Kind, id: number, there: string, where: string) =>
      `${kind === 'alert' ? "l'alerte" : 'le digest'} ${id} publie dans ${where}, pas dans ${there}`,
    isHere: (kind: Kind, id: number, there: string) =>
      `${kind === 'alert' ? "l'alerte" : 'le digest'} ${id} publie dans ce canal, pas dans ${there}`,
  },
} as const satisfies Record<Language, unknown>;

/** The groups' and sub-commands' French names, for the commands these lines end with. */
const GROUPS_FR: Readonly<Record<string, string>> = { alert: 'alerte', digest: 'resume' };
const NAMES_FR: Readonly<Record<string, string>> = {
  list: 'liste',
  remove: 'retirer',
  resume: 'reprendre',
  unsubscribe: 'desabonner',
};

/**
 * `/sahel alert remove 3 channel:#x` as the reader types it (`/sahel alerte retirer 3
 * salon:#x` in French).
 */
function commandLine(
  locale: Language,
  command: string,
  rest: string,
  channel: string | undefined,
): string {
  const [group = '', name = ''] = command.split(' ');
  const path = locale === 'fr' ? `${GROUPS_FR[group] ?? group} ${NAMES_FR[name] ?? name}` : command;
  const option =
    channel === undefined ? '' : ` ${locale === 'fr' ? 'salon' : 'channel'}:${channel}`;
  return `/sahel ${path}${rest}${option}`;
}

/** A channel of this server with subscriptions of one kind, named for an answer. */
interface Elsewhere extends Pick<TargetChannel, 'label' | 'option'> {
  readonly channel: string;
  readonly ids: readonly number[];
}

/** The other channels of this server or workspace with subscriptions of `kind`, fullest first. */
async function elsewhere(context: CommandContext, kind: Kind): Promise<readonly Elsewhere[]> {
  const where = { platform: context.platform, channel: context.channel };
  const others = context.ports.admin.subscriptionsElsewhere(where, kind);
  const names = await sameServer(
    context,
    others.map((o) => o.channel),
  );
  return others.flatMap((o) => {
    if (!names.has(o.channel)) return [];
    const name = names.get(o.channel) ?? null;
    return [{ ...o, ...describeChannel(context.platform, o.channel, name) }];
  });
}

/**
 * For a channel without `kind` subscriptions, one line saying where this server's others post
 * and the command that lists them (`No alert in this channel. 2 alerts post in #sahel-alerts —
 * /sahel alert list channel:#sahel-alerts`); null when there are none on this server.
 * `command` is the path to list them (`alert list`, `digest unsubscribe`).
 */
export async function elsewhereLine(
  context: CommandContext,
  kind: Kind,
  command: string,
): Promise<string | null> {
  const found = await elsewhere(context, kind);
  const first = found[0];
  if (first === undefined) return null;
  const words = WORDS[context.locale];
  const total = found.reduce((n, o) => n + o.ids.length, 0);
  const what = words.count(kind, total);
  let where: string;
  if (found.length === 1) where = words.postIn(what, total, first.label);
  else {
    const named = found.slice(0, NAMED).map((o) => words.part(o.ids.length, o.label));
    const rest = found.slice(NAMED).reduce((n, o) => n + o.ids.length, 0);
    const parts = [...named, ...(rest > 0 ? [words.more(rest)] : [])].join(', ');
    where = words.postElsewhere(what, total, parts);
  }
  return `${words.noneHere(kind)} ${where} — ${commandLine(context.locale, command, '', first.option)}`;
}

/**
 * Where subscription `id` of `kind` posts when it is not in `target` but in another channel of
 * this server or workspace: one line naming that channel and the command that acts there
 * (`alert 3 posts in #sahel-alerts, not in this channel — /sahel alert remove 3
 * channel:#sahel-alerts`); null when it is on no channel of this server (ids of other servers
 * stay "not found").
 */
export async function locatedLine(
  context: CommandContext,
  kind: Kind,
  id: number,
  target: TargetChannel,
  command: string,
): Promise<string | null> {
  const words = WORDS[context.locale];
  if (target.chosen && target.where.channel !== context.channel) {
    const mine = context.ports.admin.subscriptions.list({
      kind,
      platform: context.platform,
      channel: context.channel,
    });
    if (mine.some((s) => s.id === id))
      return `${words.isHere(kind, id, target.label)} — ${commandLine(context.locale, command, ` ${id}`, undefined)}`;
  }
  const found = (await elsewhere(context, kind)).find(
    (o) => o.ids.includes(id) && o.channel !== target.where.channel,
  );
  if (found === undefined) return null;
  const line = target.chosen
    ? words.notThere(kind, id, target.label, found.label)
    : words.notHere(kind, id, found.label);
  return `${line} — ${commandLine(context.locale, command, ` ${id}`, found.option)}`;
}
