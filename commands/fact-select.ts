import { closestMatch } from '../src/core/closest-match.js';
import type {
  Config,
  FactConfig,
  Language,
  TimelineEventConfig,
} from '../src/core/config-types.js';
import { foldString } from '../src/core/fold-text.js';
import { factCountryCommand } from '../src/core/link-facts.js';
import { err, ok, type Result } from '../src/core/result.js';

/**
 * Finds a fact card by what a reader types: its id, its title (either language), or the name,
 * id or alias of an entity whose card it is (`Goïta`, `goita`, `GSIM`), accents and case ignored.
 * An unknown id answers with the nearest card id: `unknown fact card "kidall" — did you mean
 * kidal?`.
 */
export function findFact(
  config: Config,
  input: string,
  locale: Language,
): Result<FactConfig, string> {
  const wanted = foldString(input.trim());
  const byId = new Map(config.facts.map((f) => [f.id, f]));
  const direct =
    byId.get(wanted) ??
    config.facts.find((f) =>
      [f.title, f.titleFr].some((t) => t !== undefined && foldString(t) === wanted),
    );
  if (direct !== undefined) return ok(direct);
  for (const entity of config.watchlist.entities) {
    const names = [
      entity.id,
      entity.name,
      entity.nameFr,
      ...entity.aliases.en,
      ...entity.aliases.fr,
      ...entity.acronyms,
    ];
    if (!names.some((n) => n !== undefined && foldString(n) === wanted)) continue;
    const card = entity.facts.map((id) => byId.get(id)).find((f) => f !== undefined);
    if (card !== undefined) return ok(card);
  }
  const suggestion = suggestFacts(config, wanted);
  return err(
    locale === 'fr'
      ? `fiche inconnue « ${input.trim()} »${suggestion === '' ? '' : ` — vouliez-vous dire ${suggestion.replace(' or ', ' ou ')} ?`}`
      : `unknown fact card "${input.trim()}"${suggestion === '' ? '' : ` — did you mean ${suggestion}?`}`,
  );
}

/**
 * The card ids a reader probably meant: the nearest id for a typo (`kidall` → kidal), else the
 * cards one of whose id words or title words is the typed word (`iyad` → iyad-ag-ghaly,
 * `traore` → ibrahim-traore or moussa-traore), at most three; '' when nothing is near.
 */
function suggestFacts(config: Config, wanted: string): string {
  const closest = closestMatch(
    wanted,
    config.facts.map((f) => f.id),
  );
  if (closest !== undefined) return closest;
  const word = wanted.replace(/\s+/g, '-');
  if (word.length < 3) return '';
  const named = config.facts
    .filter((f) =>
      [f.id, f.title, f.titleFr].some(
        (t) =>
          t !== undefined &&
          foldString(t)
            .split(/[^\p{L}\p{N}]+/u)
            .includes(word),
      ),
    )
    .map((f) => f.id);
  if (named.length === 0 || named.length > 3) return '';
  return named.length === 1
    ? (named[0] ?? '')
    : `${named.slice(0, -1).join(', ')} or ${named[named.length - 1] ?? ''}`;
}

/**
 * What a card is about, for its related events and stories: the entities whose own (first) card
 * it is; for an episode card (a coup, a summit) its entities other than states, since nearly
 * every event names a state.
 */
export function subjectsOfFact(config: Config, fact: FactConfig): string[] {
  const owners = config.watchlist.entities.filter((e) => e.facts[0] === fact.id).map((e) => e.id);
  if (owners.length > 0) return owners;
  const kinds = new Map(config.watchlist.entities.map((e) => [e.id, e.kind]));
  const others = fact.entities.filter((id) => kinds.get(id) !== 'state');
  return others.length > 0 ? others : [...fact.entities];
}

/** Timeline events naming any of `subjects` (as entity, country or tag), the latest `limit`, oldest first. */
export function relatedEvents(
  config: Config,
  subjects: readonly string[],
  limit: number,
): { events: TimelineEventConfig[]; total: number } {
  const wanted = new Set(subjects);
  const related = config.timeline
    .filter((e) => [...e.entities, ...e.countries, ...e.tags].some((id) => wanted.has(id)))
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  return { events: related.slice(-limit), total: related.length };
}

/** The cards listed under a country command: those whose `FactRef.command` opens them there. */
export function factsOfCountry(config: Config, command: string): FactConfig[] {
  return config.facts.filter((f) => factCountryCommand(f, config) === command);
}
