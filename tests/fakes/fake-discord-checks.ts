/**
 * The payload checks of the fake Discord: what the real API refuses with 400 "Invalid Form
 * Body" (code 50035), for messages and for application commands. Each check returns the first
 * problem as `path: reason`, or null.
 */

type Json = Record<string, unknown>;

const asArray = (value: unknown): Json[] => (Array.isArray(value) ? (value as Json[]) : []);
const text = (value: unknown): string => (typeof value === 'string' ? value : '');

/** Limits of a created or edited message (classic components). */
export function checkMessage(body: Json): string | null {
  const embeds = asArray(body.embeds);
  const rows = asArray(body.components);
  const content = text(body.content);
  if (content.length > 2000) return 'content: must be 2000 or fewer in length';
  if (content === '' && embeds.length === 0 && rows.length === 0 && body.sticker_ids === undefined)
    return 'Cannot send an empty message (50006)';
  if (embeds.length > 10) return 'embeds: must be 10 or fewer in length';
  if (typeof body.nonce === 'string' && body.nonce.length > 25)
    return 'nonce: must be 25 or fewer in length';
  let total = 0;
  for (const [i, embed] of embeds.entries()) {
    const problem = checkEmbed(embed, `embeds.${i}`);
    if (problem !== null) return problem;
    total += embedLength(embed);
  }
  if (total > 6000) return 'embeds: Embed size exceeds maximum size of 6000';
  return checkRows(rows);
}

function checkEmbed(embed: Json, at: string): string | null {
  if (text(embed.title).length > 256) return `${at}.title: must be 256 or fewer in length`;
  if (text(embed.description).length > 4096)
    return `${at}.description: must be 4096 or fewer in length`;
  if (embed.url !== undefined && !/^https?:\/\/\S+$/.test(text(embed.url)))
    return `${at}.url: Not a well formed URL`;
  const fields = asArray(embed.fields);
  if (fields.length > 25) return `${at}.fields: must be 25 or fewer in length`;
  for (const [i, field] of fields.entries()) {
    if (text(field.name) === '' || text(field.name).length > 256)
      return `${at}.fields.${i}.name: invalid`;
    if (text(field.value) === '' || text(field.value).length > 1024)
      return `${at}.fields.${i}.value: invalid`;
  }
  const footer = embed.footer as Json | undefined;
  if (footer !== undefined && text(footer.text).length > 2048) return `${at}.footer.text: too long`;
  return null;
}

function embedLength(embed: Json): number {
  const footer = embed.footer as Json | undefined;
  const author = embed.author as Json | undefined;
  const fields = asArray(embed.fields).reduce(
    (n, f) => n + text(f.name).length + text(f.value).length,
    0,
  );
  return (
    text(embed.title).length +
    text(embed.description).length +
    text(footer?.text).length +
    text(author?.name).length +
    fields
  );
}

function checkRows(rows: readonly Json[]): string | null {
  if (rows.length > 5) return 'components: must be 5 or fewer in length';
  const ids = new Set<string>();
  for (const [r, row] of rows.entries()) {
    const buttons = asArray(row.components);
    if (row.type !== 1 || buttons.length === 0 || buttons.length > 5)
      return `components.${r}: invalid action row`;
    for (const [b, button] of buttons.entries()) {
      const at = `components.${r}.components.${b}`;
      if (text(button.label).length > 80) return `${at}.label: must be 80 or fewer in length`;
      if (button.style === 5) {
        if (!/^https?:\/\//.test(text(button.url)) || text(button.url).length > 512)
          return `${at}.url: invalid`;
        continue;
      }
      const id = text(button.custom_id);
      if (id === '' || id.length > 100)
        return `${at}.custom_id: must be between 1 and 100 in length`;
      if (ids.has(id)) return `${at}.custom_id: Component custom id cannot be duplicated`;
      ids.add(id);
    }
  }
  return null;
}

const NAME = /^[-_\p{Ll}\p{Lo}\p{N}\p{sc=Deva}\p{sc=Thai}]{1,32}$/u;

/** Rules of a bulk command overwrite (chat input commands). */
export function checkCommands(body: unknown): string | null {
  if (!Array.isArray(body)) return 'body: expected an array';
  if (body.length > 100) return 'body: at most 100 commands';
  const names = new Set<string>();
  for (const [i, command] of (body as Json[]).entries()) {
    const problem = checkNamed(command, `${i}`);
    if (problem !== null) return problem;
    if (names.has(text(command.name))) return `${i}.name: Application command names must be unique`;
    names.add(text(command.name));
    const options = checkOptions(asArray(command.options), `${i}.options`, 0);
    if (options !== null) return options;
  }
  return null;
}

function checkNamed(item: Json, at: string): string | null {
  if (!NAME.test(text(item.name))) return `${at}.name: invalid name "${text(item.name)}"`;
  const description = text(item.description);
  if (description.length < 1 || description.length > 100)
    return `${at}.description: must be between 1 and 100 in length`;
  for (const [locale, name] of Object.entries((item.name_localizations as Json | undefined) ?? {}))
    if (!NAME.test(text(name)))
      return `${at}.name_localizations.${locale}: invalid name "${text(name)}"`;
  for (const [locale, value] of Object.entries(
    (item.description_localizations as Json | undefined) ?? {},
  ))
    if (text(value).length < 1 || text(value).length > 100)
      return `${at}.description_localizations.${locale}: must be between 1 and 100 in length`;
  return null;
}

function checkOptions(options: readonly Json[], at: string, depth: number): string | null {
  if (options.length > 25) return `${at}: must be 25 or fewer in length`;
  const subs = options.filter((o) => o.type === 1 || o.type === 2).length;
  if (subs > 0 && subs < options.length) return `${at}: sub-commands cannot be mixed with options`;
  let optional = false;
  const names = new Set<string>();
  for (const [i, option] of options.entries()) {
    const here = `${at}.${i}`;
    const problem = checkNamed(option, here);
    if (problem !== null) return problem;
    if (names.has(text(option.name))) return `${here}.name: duplicate option name`;
    names.add(text(option.name));
    const type = option.type as number;
    if (type === 1 || type === 2) {
      if (depth >= (type === 2 ? 1 : 2)) return `${here}: sub-commands nest too deep`;
      const nested = checkOptions(asArray(option.options), `${here}.options`, depth + 1);
      if (nested !== null) return nested;
      continue;
    }
    if (option.required === true && optional)
      return `${here}.required: Required options must be placed before non-required options`;
    optional ||= option.required !== true;
    const choices = asArray(option.choices);
    if (choices.length > 25) return `${here}.choices: must be 25 or fewer in length`;
    if (choices.length > 0 && option.autocomplete === true)
      return `${here}.autocomplete: cannot be set with choices`;
  }
  return null;
}
