import { migration001 } from './001-initial.js';
import { migration002 } from './002-stories-delivery.js';
import { migration003 } from './003-bulk-fts.js';
import { migration004 } from './004-chat-admin.js';
import { migration005 } from './005-story-subjects.js';
import { migration006 } from './006-subscription-pause.js';
import { migration007 } from './007-arcs.js';
import { migration008 } from './008-arc-names.js';
import { migration009 } from './009-arc-title-fr.js';
import { migration010 } from './010-independent-outlets.js';
import { migration011 } from './011-subscription-empty.js';
import { migration012 } from './012-alert-limits.js';
import { migration013 } from './013-edited-parts.js';
import { migration014 } from './014-held-alert-zone.js';
import { migration015 } from './015-alert-retellings.js';
import { migration016 } from './016-story-publication.js';
import type { Migration } from './migration.js';

export type { Migration } from './migration.js';

/** Every migration, in order. Add a new one as `00N-name.ts` and append it here. */
export const migrations: readonly Migration[] = [
  migration001,
  migration002,
  migration003,
  migration004,
  migration005,
  migration006,
  migration007,
  migration008,
  migration009,
  migration010,
  migration011,
  migration012,
  migration013,
  migration014,
  migration015,
  migration016,
];
