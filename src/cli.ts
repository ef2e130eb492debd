import { Command } from 'commander';
import pkg from '../package.json' with { type: 'json' };
import { register as registerCheckConfig } from './cli/check-config.js';
import { register as registerDemo } from './cli/demo.js';
import { register as registerTimeline } from './cli/timeline.js';
import { register as registerParse } from './cli/parse.js';
import { register as registerOnce } from './cli/once.js';
import { register as registerRun } from './cli/run.js';
import { register as registerDigest } from './cli/digest.js';
import { register as registerMatch } from './cli/match.js';
import { register as registerSay } from './cli/say.js';
import { register as registerChat } from './cli/chat.js';
import { register as registerDiscord } from './cli/discord.js';
import { register as registerSlack } from './cli/slack.js';

/**
 * The `sahel-digest` command line: thin. Each sub-command lives in `src/cli/<name>.ts` and
 * exports `register(program)`; the work itself is done by the modules it calls.
 */

const program = new Command()
  .name('sahel-digest')
  .description('News digests, alerts and background facts on the Sahel, for Discord, Slack and the console.')
  .version(pkg.version)
  .option('--config <dir>', 'configuration folder', 'config')
  .option('--db <path>', 'SQLite database file (default: DATABASE_PATH or data/sahel-digest.db)')
  .showHelpAfterError('(run sahel-digest --help for usage)');

// sub-commands: one line each
registerCheckConfig(program);
registerTimeline(program);
registerParse(program);
registerOnce(program);
registerRun(program);
registerDemo(program);
registerDigest(program);
registerMatch(program);
registerSay(program);
registerChat(program);
registerDiscord(program);
registerSlack(program);
// (end of sub-commands)

await program.parseAsync(process.argv);
