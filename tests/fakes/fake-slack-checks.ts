/**
 * The payload checks of the fake Slack: what Slack answers `invalid_blocks` (or `no_text`) to,
 * so a renderer that breaks a limit fails in tests the way it would fail in a workspace.
 * @see https://docs.slack.dev/reference/block-kit/blocks
 */

type Json = Record<string, unknown>;

const asArray = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);
const asObject = (value: unknown): Json =>
  typeof value === 'object' && value !== null ? (value as Json) : {};
const textOf = (value: unknown): string => {
  const text = asObject(value).text;
  return typeof text === 'string' ? text : '';
};

/** The first problem with a message's `text` and `blocks`, or null when Slack would accept it. */
export function checkMessage(args: Json): string | null {
  const blocks = asArray(args.blocks);
  const text = typeof args.text === 'string' ? args.text : '';
  if (blocks.length === 0 && text.trim() === '') return 'no_text';
  if (blocks.length > 50) return `invalid_blocks: ${blocks.length} blocks, at most 50`;
  const actionIds = new Set<string>();
  for (const [i, raw] of blocks.entries()) {
    const problem = checkBlock(asObject(raw), actionIds);
    if (problem !== null) return `invalid_blocks: blocks[${i}] ${problem}`;
  }
  return null;
}

function checkBlock(block: Json, actionIds: Set<string>): string | null {
  switch (block.type) {
    case 'header':
      if (asObject(block.text).type !== 'plain_text') return 'header text must be plain_text';
      return textOf(block.text).length > 150 ? 'header text over 150 characters' : null;
    case 'section': {
      const length = textOf(block.text).length;
      return length === 0 || length > 3000 ? `section text of ${length} characters` : null;
    }
    case 'context': {
      const elements = asArray(block.elements);
      if (elements.length === 0 || elements.length > 10) return 'context needs 1 to 10 elements';
      const long = elements.find((e) => textOf(e).length > 2000);
      return long === undefined ? null : 'context element over 2,000 characters';
    }
    case 'divider':
      return null;
    case 'actions':
      return checkActions(asArray(block.elements), actionIds);
    default:
      return `unknown block type ${String(block.type)}`;
  }
}

function checkActions(elements: unknown[], actionIds: Set<string>): string | null {
  if (elements.length === 0 || elements.length > 25) return 'actions needs 1 to 25 elements';
  for (const raw of elements) {
    const button = asObject(raw);
    const id = typeof button.action_id === 'string' ? button.action_id : '';
    if (id.length === 0 || id.length > 255) return 'action_id must be 1 to 255 characters';
    if (actionIds.has(id)) return `action_id ${id} is not unique`;
    actionIds.add(id);
    if (textOf(button.text).length > 75) return 'button text over 75 characters';
    if (typeof button.value === 'string' && button.value.length > 2000)
      return 'button value over 2,000 characters';
    if (typeof button.url === 'string' && button.url.length > 3000)
      return 'button url over 3,000 characters';
  }
  return null;
}
