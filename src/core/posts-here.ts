import type { Invocation } from './command.js';

/**
 * Admin commands whose effect is the bot posting in the channel they are typed in, by their
 * neutral path (`alert add`); `settings admin-channel:here` makes it the channel for warnings.
 */
const POSTS_HERE = new Set([
  'alert add',
  'alert resume',
  'digest subscribe',
  'digest now',
  'digest resume',
]);

/** True when the command's effect is a post in a channel: the one it names, else its own. */
export function postsHere(invocation: Invocation): boolean {
  const path = [invocation.group, invocation.name].filter((p) => p !== undefined).join(' ');
  if (POSTS_HERE.has(path)) return true;
  return path === 'settings' && invocation.args['admin-channel'] === 'here';
}
