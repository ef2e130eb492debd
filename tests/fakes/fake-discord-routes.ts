import type { IncomingMessage, ServerResponse } from 'node:http';
import { invalid, readBody, safeDecode, send, type Answer } from './fake-discord-http.js';
import { checkCommands, checkMessage } from './fake-discord-checks.js';
import { checkAllowedMentions } from './fake-discord-mentions.js';
import {
  nextSnowflake,
  type FakeMessage,
  type RouteName,
  type State,
} from './fake-discord-state.js';
import {
  activeThreads,
  channelObject,
  checkReference,
  createThread,
  editChannel,
  writeRefused,
} from './fake-discord-threads.js';

/** The request handling of the fake Discord (see fake-discord.ts): routes, failures, state. */
export { nextSnowflake } from './fake-discord-state.js';
export type {
  FailureRule,
  FakeMessage,
  RecordedCall,
  RouteName,
  State,
} from './fake-discord-state.js';

const V = '/api/v10';
const ROUTES: readonly [string, RegExp, RouteName][] = [
  ['POST', /^\/channels\/(\d+)\/messages$/, 'createMessage'],
  ['PATCH', /^\/channels\/(\d+)\/messages\/(\d+)$/, 'editMessage'],
  ['GET', /^\/channels\/(\d+)\/messages\/(\d+)$/, 'getMessage'],
  ['GET', /^\/channels\/(\d+)\/messages$/, 'listMessages'],
  ['GET', /^\/channels\/(\d+)$/, 'getChannel'],
  ['PATCH', /^\/channels\/(\d+)$/, 'editChannel'],
  ['POST', /^\/channels\/(\d+)\/threads$/, 'createThread'],
  ['GET', /^\/guilds\/(\d+)\/threads\/active$/, 'activeThreads'],
  ['GET', /^\/users\/@me\/guilds$/, 'userGuilds'],
  ['GET', /^\/guilds\/(\d+)\/channels$/, 'guildChannels'],
  ['PUT', /^\/applications\/(\d+)(?:\/guilds\/(\d+))?\/commands$/, 'putCommands'],
  ['POST', /^\/interactions\/(\d+)\/([^/]+)\/callback$/, 'callback'],
  ['POST', /^\/webhooks\/(\d+)\/([^/]+)$/, 'followUp'],
  ['PATCH', /^\/webhooks\/(\d+)\/([^/]+)\/messages\/@original$/, 'editOriginal'],
  ['GET', /^\/gateway\/bot$/, 'gateway'],
  ['GET', /^\/(?:users|applications)\/@me$/, 'me'],
];

/** Routes Discord serves without a bot token (the interaction token is the credential). */
const TOKENLESS: ReadonlySet<RouteName> = new Set(['callback', 'followUp', 'editOriginal']);

/** Answers one request as Discord would and records it in `state.fake.calls`. */
export async function handle(
  state: State,
  req: IncomingMessage,
  res: ServerResponse,
): Promise<void> {
  const raw = await readBody(req);
  let body: unknown;
  try {
    body = raw === '' ? undefined : JSON.parse(raw);
  } catch {
    send(res, { status: 400, body: { message: '400: Bad Request', code: 50109 } });
    return;
  }
  // discord.js percent-encodes `@original`; Discord reads the decoded path.
  const [rawPath = '', search = ''] = (req.url ?? '').split('?');
  const path = safeDecode(rawPath);
  const method = req.method ?? 'GET';
  const found = path.startsWith(V)
    ? ROUTES.map(
        ([m, re, name]) => [m === method ? re.exec(path.slice(V.length)) : null, name] as const,
      ).find(([match]) => match !== null)
    : undefined;
  const route = found?.[1] ?? 'unknown';
  const params = found?.[0]?.slice(1) ?? [];
  const query = new URLSearchParams(search);
  const answer = answerFor(state, route, params, body, req.headers.authorization, query);
  state.fake.calls.push({
    route,
    method,
    path,
    status: answer.status,
    body,
    authorization: req.headers.authorization,
  });
  // The answer travels back after the work is done: a client killed meanwhile never sees it.
  if (state.options.latencyMs > 0)
    await new Promise((resolve) => setTimeout(resolve, state.options.latencyMs));
  send(res, answer);
}

function answerFor(
  state: State,
  route: RouteName | 'unknown',
  params: readonly (string | undefined)[],
  body: unknown,
  authorization: string | undefined,
  query: URLSearchParams,
): Answer {
  if (route === 'unknown') return { status: 404, body: { message: '404: Not Found', code: 0 } };
  if (!TOKENLESS.has(route) && authorization !== `Bot ${state.options.token}`)
    return { status: 401, body: { message: '401: Unauthorized', code: 0 } };
  const failure = takeFailure(state, route);
  if (failure !== null) return failure;
  if (route === 'listMessages') return listMessages(state, params[0] ?? '', query);
  return serve(state, route, params, (body ?? {}) as Record<string, unknown>);
}

function takeFailure(state: State, route: RouteName): Answer | null {
  const entry = state.failures.find((f) => f.rule.route === route && f.left > 0);
  if (entry === undefined) return null;
  if (entry.skip > 0) {
    entry.skip -= 1;
    return null;
  }
  entry.left -= 1;
  const { status, retryAfter = 0.2 } = entry.rule;
  if (status === 429) {
    return {
      status,
      body: { message: 'You are being rate limited.', retry_after: retryAfter, global: false },
      headers: {
        'retry-after': String(retryAfter),
        'x-ratelimit-limit': '5',
        'x-ratelimit-remaining': '0',
        'x-ratelimit-reset-after': String(retryAfter),
        'x-ratelimit-bucket': `fake-${route}`,
        'x-ratelimit-scope': 'user',
      },
    };
  }
  if (status === 403) return { status, body: { message: 'Missing Access', code: 50001 } };
  if (status === 404) return { status, body: { message: 'Unknown Channel', code: 10003 } };
  return { status, body: { message: 'Internal Server Error', code: 0 } };
}

function serve(
  state: State,
  route: RouteName,
  params: readonly (string | undefined)[],
  body: Record<string, unknown>,
): Answer {
  const [first = '', second = ''] = params;
  switch (route) {
    case 'createMessage':
      return createMessage(state, first, body);
    case 'editMessage':
      return editMessage(state, first, second, body);
    case 'getChannel':
      return channelAccess(state, first) ?? { status: 200, body: channelObject(state, first) };
    case 'getMessage':
      return getMessage(state, first, second);
    case 'listMessages':
      return { status: 405, body: { message: '405: Method Not Allowed', code: 0 } };
    case 'editChannel':
      return channelAccess(state, first) ?? editChannel(state, first, body);
    case 'createThread':
      return channelAccess(state, first) ?? createThread(state, first, body);
    case 'activeThreads':
      return activeThreads(state, first);
    case 'userGuilds':
      return { status: 200, body: [{ id: state.options.guildId, name: 'Fake server' }] };
    case 'guildChannels':
      // Discord lists every channel of the server, those the bot may not see included.
      return first === state.options.guildId
        ? { status: 200, body: [...state.channels].map((id) => channelObject(state, id)) }
        : { status: 404, body: { message: 'Unknown Guild', code: 10004 } };
    case 'putCommands':
      return putCommands(state, first, second, body);
    case 'callback':
      state.fake.callbacks.push({ id: first, token: second, body });
      return { status: 204 };
    case 'followUp':
    case 'editOriginal': {
      const problem = checkMessage(body);
      if (problem !== null) return invalid(problem);
      state.fake.followUps.push({ token: second, body });
      return {
        status: 200,
        body: { id: nextSnowflake(), channel_id: '0', ...body, author: botUser(state) },
      };
    }
    case 'gateway':
      return {
        status: 200,
        body: {
          url: state.gatewayUrl,
          shards: 1,
          session_start_limit: { total: 1000, remaining: 999, reset_after: 0, max_concurrency: 1 },
        },
      };
    case 'me':
      return {
        status: 200,
        body: { ...botUser(state), id: state.options.applicationId, name: 'sahel-digest' },
      };
  }
}

function editMessage(
  state: State,
  channel: string,
  id: string,
  body: Record<string, unknown>,
): Answer {
  const access = channelAccess(state, channel) ?? writeRefused(state, channel);
  if (access !== null) return access;
  const message = state.messages.get(channel)?.find((m) => m.id === id);
  if (message === undefined)
    return { status: 404, body: { message: 'Unknown Message', code: 10008 } };
  const problem = checkMessage({ ...message.body, ...body }) ?? checkAllowedMentions(body);
  if (problem !== null) return invalid(problem);
  message.body = { ...message.body, ...body };
  message.edits += 1;
  return { status: 200, body: toApiMessage(state, message) };
}

/** A bulk overwrite: the list replaces every command of the application (or of one guild). */
function putCommands(state: State, application: string, guild: string, body: unknown): Answer {
  const problem = checkCommands(body);
  if (problem !== null) return invalid(problem);
  const commands = (body as Record<string, unknown>[]).map((c) => ({
    ...c,
    id: nextSnowflake(),
    application_id: application,
    version: nextSnowflake(),
  }));
  state.commands.set(guild === '' ? 'global' : guild, commands);
  return { status: 200, body: commands };
}

function createMessage(state: State, channel: string, body: Record<string, unknown>): Answer {
  const access = channelAccess(state, channel) ?? writeRefused(state, channel);
  if (access !== null) return access;
  const problem = checkMessage(body) ?? checkAllowedMentions(body);
  if (problem !== null) return invalid(problem);
  const reference = checkReference(state, channel, body);
  if (reference !== null) return reference;
  const list = state.messages.get(channel) ?? [];
  state.messages.set(channel, list);
  const nonce = typeof body.nonce === 'string' ? body.nonce : undefined;
  const earlier =
    body.enforce_nonce === true && nonce !== undefined
      ? list.find((m) => m.nonce === nonce)
      : undefined;
  if (earlier !== undefined)
    return { status: 200, body: { ...toApiMessage(state, earlier), nonce: earlier.nonce } };
  const message: FakeMessage = {
    id: nextSnowflake(),
    channel_id: channel,
    ...(nonce === undefined ? {} : { nonce }),
    body,
    edits: 0,
  };
  list.push(message);
  return {
    status: 200,
    body: { ...toApiMessage(state, message), ...(nonce === undefined ? {} : { nonce }) },
  };
}

/**
 * A page of a channel's messages as Discord lists them: newest first, also with `after` (the
 * `limit` oldest messages after that id) or `before` (the `limit` newest before it).
 */
function listMessages(state: State, channel: string, query: URLSearchParams): Answer {
  const access = channelAccess(state, channel);
  if (access !== null) return access;
  const limit = Math.min(Math.max(Number(query.get('limit') ?? 50) || 50, 1), 100);
  const after = query.get('after');
  const before = query.get('before');
  const all = (state.messages.get(channel) ?? []).filter(
    (m) =>
      (after === null || BigInt(m.id) > BigInt(after)) &&
      (before === null || BigInt(m.id) < BigInt(before)),
  );
  const page = after === null ? all.slice(-limit) : all.slice(0, limit);
  return { status: 200, body: page.reverse().map((m) => toApiMessage(state, m)) };
}

function getMessage(state: State, channel: string, id: string): Answer {
  const access = channelAccess(state, channel);
  if (access !== null) return access;
  const message = state.messages.get(channel)?.find((m) => m.id === id);
  return message === undefined
    ? { status: 404, body: { message: 'Unknown Message', code: 10008 } }
    : { status: 200, body: toApiMessage(state, message) };
}

function channelAccess(state: State, channel: string): Answer | null {
  if (!state.channels.has(channel))
    return { status: 404, body: { message: 'Unknown Channel', code: 10003 } };
  if (state.forbidden.has(channel))
    return { status: 403, body: { message: 'Missing Access', code: 50001 } };
  return null;
}

function botUser(state: State): Record<string, unknown> {
  return {
    id: state.fake.botUserId,
    username: 'sahel-digest',
    discriminator: '0',
    bot: true,
    avatar: null,
    global_name: null,
  };
}

/**
 * A message as Discord returns it. The nonce is not kept: only the answer to the create that
 * carried it shows it (see `createMessage`).
 */
function toApiMessage(state: State, message: FakeMessage): Record<string, unknown> {
  const {
    nonce: _nonce,
    enforce_nonce: _enforce,
    allowed_mentions: _allowed,
    ...shown
  } = message.body;
  return {
    type: 0,
    content: '',
    embeds: [],
    components: [],
    ...shown,
    id: message.id,
    channel_id: message.channel_id,
    author: botUser(state),
    timestamp: new Date().toISOString(),
    edited_timestamp: message.edits > 0 ? new Date().toISOString() : null,
  };
}
