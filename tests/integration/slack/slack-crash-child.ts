/**
 * Child process of the Slack crash test: drains the outbox of DB into the fake Slack at API
 * through the real Slack platform. The test SIGKILLs it at random moments.
 * Usage: node --import tsx slack-crash-child.ts DB API TOKEN
 */
import { createSlackPlatform } from '../../../src/platforms/slack/slack-platform.js';
import { drainOutboxAndReport } from '../delivery/drain-outbox-child.js';

const [dbPath = '', apiUrl = '', token = ''] = process.argv.slice(2);
await drainOutboxAndReport(dbPath, [createSlackPlatform({ token, apiUrl })]);
