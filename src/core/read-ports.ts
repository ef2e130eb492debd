import type { StoryStore } from './delivery-ports.js';
import type { ItemStore } from './store-ports.js';

/**
 * What read-only commands (`news`, `fact`, `search`, `story`, `explain`) may use. Narrow on
 * purpose: queries shaped for answers, not the stores themselves.
 */
export interface ReadPorts {
  readonly stories: Pick<StoryStore, 'get'>;
  readonly items: Pick<ItemStore, 'get'>;
}
