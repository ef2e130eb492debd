import * as z from 'zod';
import type { Env } from '../core/config-types.js';
import { err, ok, type Result } from '../core/result.js';
import { withoutUndefined } from './schemas/common.js';

const LOG_LEVELS = ['trace', 'debug', 'info', 'warn', 'error', 'fatal', 'silent'] as const;
const LOG_FORMATS = ['pretty', 'json'] as const;

const optional = z.string().optional();
const url = z
  .url({
    protocol: /^https?$/,
    error: (iss) => `expected an http(s) URL (got "${String(iss.input)}")`,
  })
  .optional();

const envSchema = z.object({
  DISCORD_TOKEN: optional,
  DISCORD_APPLICATION_ID: z
    .string()
    .regex(/^\d+$/, { error: (iss) => `expected a numeric id (got "${String(iss.input)}")` })
    .optional(),
  DISCORD_GUILD_ID: z
    .string()
    .regex(/^\d+$/, { error: (iss) => `expected a numeric id (got "${String(iss.input)}")` })
    .optional(),
  DISCORD_API_BASE: url,
  SLACK_BOT_TOKEN: optional,
  SLACK_SIGNING_SECRET: optional,
  SLACK_APP_TOKEN: optional,
  SLACK_API_URL: url,
  PORT: z
    .string()
    .regex(/^\d{1,5}$/, { error: (iss) => `expected a port number (got "${String(iss.input)}")` })
    .transform(Number)
    .refine((port) => port <= 65535, { error: 'expected a port number up to 65535' })
    .optional(),
  DATABASE_PATH: z.string().default('data/sahel-digest.db'),
  LOG_LEVEL: z
    .enum(LOG_LEVELS, {
      error: (iss) => `expected one of ${LOG_LEVELS.join(', ')} (got "${String(iss.input)}")`,
    })
    .default('info'),
  LOG_FORMAT: z
    .enum(LOG_FORMATS, {
      error: (iss) => `expected pretty or json (got "${String(iss.input)}")`,
    })
    .optional(),
  ALLOW_PRIVATE_FEEDS: z
    .enum(['true', 'false'], {
      error: (iss) => `expected true or false (got "${String(iss.input)}")`,
    })
    .default('false'),
});

/**
 * Reads the variables of `.env.example` from `source`. Empty strings count as unset. Returns
 * every problem at once, each as `LOG_LEVEL: expected one of … (got "loud")`.
 */
export function loadEnv(
  source: Readonly<Record<string, string | undefined>>,
): Result<Env, readonly string[]> {
  const present = Object.fromEntries(
    Object.keys(envSchema.shape).map((key) => [
      key,
      source[key] === '' ? undefined : source[key]?.trim(),
    ]),
  );
  const parsed = envSchema.safeParse(present);
  if (!parsed.success) {
    return err(
      parsed.error.issues.map((issue) => `${issue.path.map(String).join('.')}: ${issue.message}`),
    );
  }
  const v = parsed.data;
  return ok({
    ...withoutUndefined({
      discordToken: v.DISCORD_TOKEN,
      discordApplicationId: v.DISCORD_APPLICATION_ID,
      discordGuildId: v.DISCORD_GUILD_ID,
      discordApiBase: v.DISCORD_API_BASE,
      slackBotToken: v.SLACK_BOT_TOKEN,
      slackSigningSecret: v.SLACK_SIGNING_SECRET,
      slackAppToken: v.SLACK_APP_TOKEN,
      slackApiUrl: v.SLACK_API_URL,
      port: v.PORT,
      logFormat: v.LOG_FORMAT,
    }),
    databasePath: v.DATABASE_PATH,
    logLevel: v.LOG_LEVEL,
    allowPrivateFeeds: v.ALLOW_PRIVATE_FEEDS === 'true',
  });
}

/** `loadEnv(process.env)`: the one place in the program that reads the environment. */
export function readProcessEnv(): Result<Env, readonly string[]> {
  return loadEnv(process.env);
}
