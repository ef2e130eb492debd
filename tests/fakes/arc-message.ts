import type { Message } from '../../src/core/message.js';

export interface ArcDevelopmentOptions {
  readonly arcId: string;
  readonly arcTitle: string;
  /** When the arc began, epoch ms. */
  readonly since: number;
  /** "Also reported by …", as an update carries it. */
  readonly note?: string;
  /** An admin's role ping. */
  readonly pingRole?: string;
}

/**
 * Development `position` of an arc as an alert message carrying its arc mark: story `s<position>`,
 * linking `https://example.org/s<position>`, the one before it named as previous.
 */
export function arcDevelopment(
  position: number,
  title: string,
  options: ArcDevelopmentOptions,
): Message {
  const { note, pingRole } = options;
  return {
    blocks: [
      { type: 'heading', text: 'Alert', subtitle: options.arcTitle },
      {
        type: 'story',
        card: {
          storyId: `s${position}`,
          title,
          url: `https://example.org/s${position}`,
          summary: 'The junta spoke on state television.',
          sources: [{ name: 'RFI', url: `https://example.org/s${position}` }],
          tags: [],
          facts: [],
          ...(note === undefined ? {} : { note }),
        },
      },
    ],
    fallback: `Alert: ${title}`,
    arc: {
      id: options.arcId,
      title: options.arcTitle,
      position,
      since: options.since,
      previous:
        position === 1 ? null : { storyId: `s${position - 1}`, title: 'Earlier', url: null },
    },
    ...(pingRole === undefined ? {} : { ping: { role: pingRole } }),
  };
}
