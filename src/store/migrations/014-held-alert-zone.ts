import type { Migration } from './migration.js';

/**
 * `held_alerts.timezone`: the alert's own time zone its quiet hours were read in when it was
 * held (`subscriptions.timezone` then), so its catch-up post names that zone even when an admin
 * changed or cleared it since; null when they were read in settings.yaml's zone, or for an alert
 * held by the cap. Alerts held in quiet hours before this migration take their alert's zone now,
 * the one their catch-up post named until then.
 */
export const migration014: Migration = {
  version: 14,
  name: 'held-alert-zone',
  up(db) {
    db.exec(`
      ALTER TABLE held_alerts ADD COLUMN timezone TEXT;
      UPDATE held_alerts
        SET timezone = (SELECT s.timezone FROM subscriptions s WHERE s.id = held_alerts.subscription_id)
        WHERE quiet IS NOT NULL AND released_at IS NULL;
    `);
  },
};
