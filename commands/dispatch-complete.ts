import type {
  CommandArgs,
  CommandDefinition,
  Completion,
  CompletionSource,
  InvocationContext,
} from '../src/core/command.js';
import type { Config } from '../src/core/config-types.js';
import { foldString } from '../src/core/fold-text.js';
import type { ReadPorts } from '../src/core/read-ports.js';
import { resolveTarget } from './alert-channel.js';

/** Most values any platform shows at once (Discord's autocomplete limit). */
export const MAX_COMPLETIONS = 25;

/** Story ids by prefix, when the read ports offer them. */
interface StoryCompletion {
  readonly completeStories?: (prefix: string) => readonly Completion[];
}

/**
 * Values for an option being typed. Entities, countries and fact cards come from the config and
 * match a prefix of the id or of any word of a name (accents and case ignored: `goi` finds
 * Goïta); ids first, then names. Subscriptions and feeds come from the admin ports; stories from
 * the read ports when they offer `completeStories`, else nothing. Subscription ids are those of
 * the channel `filled.channel` names, checked as the commands check it (a channel of another
 * server or workspace, or a value that is not a channel, offers none), else the asking
 * channel's; under a command of the `alert` or `digest` group, only ids of that kind.
 */
export async function completeValues(
  source: CompletionSource,
  prefix: string,
  context: InvocationContext,
  filled: CommandArgs = {},
  command: Pick<CommandDefinition, 'group'> = {},
): Promise<readonly Completion[]> {
  const { config } = context;
  const { admin } = context.ports;
  const read: ReadPorts & StoryCompletion = context.ports.read;
  switch (source) {
    case 'entity':
      return rank(prefix, entityCandidates(config, context.locale));
    case 'country':
      return rank(
        prefix,
        config.settings.countries.map((c) => {
          const entity = config.watchlist.entities.find((e) => e.id === c.entity);
          const name = context.locale === 'fr' ? (entity?.nameFr ?? entity?.name) : entity?.name;
          return { value: c.entity, label: name ?? c.entity, names: [c.command, name ?? ''] };
        }),
      );
    case 'fact':
      return rank(
        prefix,
        config.facts.map((f) => {
          const title = context.locale === 'fr' ? (f.titleFr ?? f.title) : f.title;
          return { value: f.id, label: title, names: [f.title, f.titleFr ?? ''] };
        }),
      );
    case 'subscription': {
      const resolved = await resolveTarget({ channel: filled['channel'] }, context);
      if ('refusal' in resolved) return [];
      const { where } = resolved.target;
      const kind = command.group === 'alert' || command.group === 'digest' ? command.group : null;
      const ids =
        kind === null
          ? null
          : new Set(
              admin.subscriptions
                .list({ kind, platform: where.platform, channel: where.channel })
                .map((s) => String(s.id)),
            );
      return admin
        .completeSubscriptions(where.platform, where.channel, prefix)
        .filter((c) => ids === null || ids.has(c.value))
        .slice(0, MAX_COMPLETIONS);
    }
    case 'feed':
      return admin.completeFeeds(prefix).slice(0, MAX_COMPLETIONS);
    case 'story':
      return (read.completeStories?.(prefix) ?? []).slice(0, MAX_COMPLETIONS);
  }
}

interface Candidate extends Completion {
  /** Names whose words may start with the prefix. */
  readonly names: readonly string[];
}

function entityCandidates(config: Config, locale: InvocationContext['locale']): Candidate[] {
  return config.watchlist.entities.map((e) => ({
    value: e.id,
    label: locale === 'fr' ? (e.nameFr ?? e.name) : e.name,
    names: [e.name, e.nameFr ?? '', ...e.acronyms],
  }));
}

/** Id-prefix matches first (in config order), then name-word matches; labels as `Name (id)`. */
function rank(prefix: string, candidates: readonly Candidate[]): Completion[] {
  const wanted = foldString(prefix.trim());
  const byId = candidates.filter((c) => foldString(c.value).startsWith(wanted));
  const byName = candidates.filter(
    (c) =>
      !byId.includes(c) &&
      c.names.some(
        (name) =>
          foldString(name)
            .split(/[\s'’-]+/)
            .some((w) => w.startsWith(wanted)) || foldString(name).startsWith(wanted),
      ),
  );
  return [...byId, ...byName].slice(0, MAX_COMPLETIONS).map((c) => ({
    value: c.value,
    label: c.label === c.value ? c.value : `${c.label} (${c.value})`,
  }));
}
