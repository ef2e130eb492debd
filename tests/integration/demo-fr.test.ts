import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runDemo } from '../../src/cli/demo.js';

/** The project's configuration, with `locale: fr` in its settings, as a French deployment has. */
function frenchConfig(dir: string): string {
  const configDir = join(dir, 'config');
  cpSync(new URL('../../config/', import.meta.url).pathname, configDir, { recursive: true });
  const settings = join(configDir, 'settings.yaml');
  const text = readFileSync(settings, 'utf8');
  const french = text.replace(/^locale: en\b/m, 'locale: fr');
  if (french === text) throw new Error(`${settings}: no "locale: en" line to turn French`);
  writeFileSync(settings, french);
  return configDir;
}

describe('npm run demo in French', () => {
  let dir = '';
  let printed = '';
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'sahel-demo-fr-'));
    const chunks: string[] = [];
    const code = await runDemo({
      configDir: frenchConfig(dir),
      out: { write: (c: string) => chunks.push(c) },
      keep: true,
    });
    printed = chunks.join('');
    expect(code).toBe(0);
  }, 60_000);
  afterAll(() => {
    const workDir = /dossier de travail (\S+) \(conservé\)/.exec(printed)?.[1];
    if (workDir !== undefined) rmSync(workDir, { recursive: true, force: true });
    rmSync(dir, { recursive: true, force: true });
  });

  it('prints its own headings and lines in French', () => {
    expect(printed).toMatch(/^sahel-digest, démonstration — données d’exemple/m);
    expect(printed).toMatch(/^8 flux d’exemple servis sur http:\/\/127\.0\.0\.1:\d+ ; dossier/m);
    expect(printed).toMatch(
      /^premier relevé à 2026-11-22T20:00:00Z : 8 flux relevés en \d+,\d s : 0 nouvel article, 8 amorcés ; \d+ articles des premiers relevés gardés pour le digest$/m,
    );
    expect(printed).toMatch(
      /^second relevé à 2026-11-23T08:00:00Z : 8 flux relevés en \d+,\d s : 13 nouveaux articles, 2 inchangés$/m,
    );
    expect(printed).toContain('━━ Alertes pour « Kidal OR Ménaka » (#demo-alerts) ━━');
    expect(printed).toContain('━━ Digest du matin à 2026-11-23T08:00:00Z (#demo-digest) ━━');
    expect(printed).toContain('━━ Commandes sur les données de la démonstration ━━');
    expect(printed).toMatch(/^Conservé dans \S+\. Parlez au bot/m);
    expect(printed).toContain('Les récits d’exemple vont jusqu’au 2026-11-23 : ajoutez depuis:');
  });

  it('prints none of its English headings or lines', () => {
    const english = [
      'sahel-digest demo —',
      'sample feeds served',
      'work folder',
      'first poll at',
      'second poll at',
      'polled ',
      'new items',
      'seeded',
      'not modified',
      'kept for the digest',
      'Alerts for',
      '(no alert)',
      'Morning digest',
      'no digest was due',
      "Commands over the demo's store",
      'Kept in',
      'Talk to the bot',
      'The sample stories are dated',
    ];
    expect(english.filter((phrase) => printed.includes(phrase))).toEqual([]);
    const headings = printed.split('\n').filter((line) => line.startsWith('━━'));
    expect(headings).toHaveLength(3);
  });

  it('answers its commands in French', () => {
    const answers = printed.slice(printed.indexOf('━━ Commandes'));
    expect(answers).toMatch(/^Actualités : Mali$/m);
    expect(answers).toMatch(/^Recherche : convoy · les plus pertinents d’abord$/m);
  });

  it('shows command lines as a French reader types them in its alerts, digest and answers', () => {
    const [alerts, digest, answers] = printed.split(/^━━ /m).slice(1);
    expect(alerts).toContain('(/mali fiche kidal)');
    expect(digest).toContain('(/mali fiche kidal)');
    expect(answers).toContain('> /mali fiche kidal');
    expect(answers).toContain('> /mali actus');
    expect(printed).not.toMatch(/\/(mali|niger|burkina|sahel) (fact|news|search)\b/);
  });
});
