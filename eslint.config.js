// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import { importX } from 'eslint-plugin-import-x';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';

/** Packages that only adapters, the store and the composition root may touch. */
const SDKS = ['discord.js', '@discordjs/*', '@slack/*', 'better-sqlite3', 'node-cron', 'rss-parser', 'pino'];
/** Node built-ins that do I/O; the pure layers stay away from them. */
const IO_BUILTINS = ['node:fs', 'node:fs/promises', 'node:http', 'node:https', 'node:net', 'node:dns', 'node:child_process', 'node:worker_threads'];

/**
 * The import boundaries of STYLE.md: each layer lists the source folders it must not import.
 * @param {string[]} forbiddenFolders folders under src/ (or `commands`) this layer may not import
 * @param {string[]} forbiddenPackages packages this layer may not import
 */
function boundary(forbiddenFolders, forbiddenPackages) {
  const folders = forbiddenFolders.join('|');
  return {
    'no-restricted-imports': [
      'error',
      {
        paths: forbiddenPackages.filter((p) => !p.includes('*')),
        patterns: [
          ...forbiddenPackages.filter((p) => p.includes('*')).map((p) => ({ group: [p], message: 'SDKs stay in adapters.' })),
          {
            regex: `^\\.{1,2}/(?:\\.\\./)*(?:src/)?(?:${folders})(?:/|\\.js$)`,
            message: 'This import crosses a layer boundary (see STYLE.md, Allowed arrows).',
          },
        ],
      },
    ],
  };
}

const ALL = ['config', 'ingest', 'match', 'stories', 'digest', 'store', 'deliver', 'platforms', 'commands', 'app', 'cli'];
const except = (/** @type {string[]} */ ...keep) => ALL.filter((f) => !keep.includes(f));

export default tseslint.config(
  { ignores: ['node_modules/', 'dist/', 'data/', 'bench/results.json', 'coverage/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  importX.flatConfigs.typescript,
  {
    settings: {
      'import-x/resolver-next': [createTypeScriptImportResolver({ project: './tsconfig.json' })],
    },
    rules: {
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-console': 'off',
    },
  },
  { files: ['src/core/**/*.ts'], rules: boundary(except(), [...SDKS, ...IO_BUILTINS]) },
  { files: ['src/match/**/*.ts'], rules: boundary(except('match'), [...SDKS, ...IO_BUILTINS]) },
  { files: ['src/stories/**/*.ts'], rules: boundary(except('stories'), [...SDKS, ...IO_BUILTINS]) },
  { files: ['src/digest/**/*.ts'], rules: boundary(except('digest'), [...SDKS, ...IO_BUILTINS]) },
  { files: ['commands/**/*.ts'], rules: boundary(except('commands'), [...SDKS, ...IO_BUILTINS]) },
  { files: ['src/ingest/**/*.ts'], rules: boundary(except('ingest'), SDKS.filter((p) => p !== 'rss-parser')) },
  { files: ['src/store/**/*.ts'], rules: boundary(except('store'), SDKS.filter((p) => p !== 'better-sqlite3')) },
  { files: ['src/deliver/**/*.ts'], rules: boundary(except('deliver'), SDKS) },
  { files: ['src/config/**/*.ts'], rules: boundary(except('config'), SDKS) },
  {
    files: ['src/platforms/console/**/*.ts'],
    rules: boundary(except('platforms', 'commands'), SDKS),
  },
  {
    files: ['src/platforms/discord/**/*.ts'],
    rules: boundary(except('platforms', 'commands'), SDKS.filter((p) => !p.includes('discord'))),
  },
  {
    files: ['src/platforms/slack/**/*.ts'],
    rules: boundary(except('platforms', 'commands'), SDKS.filter((p) => !p.includes('slack'))),
  },
  {
    files: ['src/**/*.ts', 'commands/**/*.ts'],
    ignores: ['src/config/**'],
    rules: {
      'no-restricted-properties': ['error', { object: 'process', property: 'env', message: 'Only src/config/ reads the environment.' }],
    },
  },
  {
    // Plain JavaScript run by node before the TypeScript loader exists (the launcher, the build).
    files: ['bin/**/*.js', 'scripts/**/*.mjs'],
    languageOptions: { globals: { process: 'readonly', URL: 'readonly' } },
  },
);
