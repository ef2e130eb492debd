import type { Migration } from './migration.js';

/**
 * `subscriptions.empty`: what a digest subscription's empty window posts (`notice` or `skip`),
 * set in subscriptions.yaml; null, as for every subscription stored before, follows
 * `settings.yaml`'s `digest.empty`.
 */
export const migration011: Migration = {
  version: 11,
  name: 'subscription-empty',
  up(db) {
    db.exec('ALTER TABLE subscriptions ADD COLUMN empty TEXT');
  },
};
