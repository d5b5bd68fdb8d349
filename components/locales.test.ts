import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import de from '../public/_locales/de/messages.json';
import en from '../public/_locales/en/messages.json';
import { COMPANIES, CUE_SOURCES, OTHER_SENSES, PAGE_TYPES, TOPICS } from '../core/types';
import { PLURAL_KEYS, plural } from '../utils/plural';
import { translatorFor } from '../utils/translate';

const root = path.resolve(import.meta.dirname, '..');
function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return sources(full);
    return /\.tsx?$/.test(name) && !name.includes('.test.') ? [full] : [];
  });
}

describe('the UI strings', () => {
  it('exist in German and English alike', () => {
    expect(Object.keys(de).sort()).toEqual(Object.keys(en).sort());
    for (const [key, value] of Object.entries(de)) expect(value.message, key).not.toBe('');
  });

  it('cover every key the code asks for', () => {
    const literal = /\b(?:t|getMessage)\(\s*'([A-Za-z0-9_]+)'/g;
    const used = new Set<string>();
    for (const file of [
      ...sources(path.join(root, 'components')),
      ...sources(path.join(root, 'entrypoints')),
      ...sources(path.join(root, 'utils')),
    ]) {
      for (const match of readFileSync(file, 'utf8').matchAll(literal)) used.add(match[1]!);
    }
    for (const topic of TOPICS) used.add(`topic_${topic}`);
    for (const source of CUE_SOURCES) used.add(`cueSource_${source}`);
    for (const type of PAGE_TYPES) used.add(`pageType_${type.replace(/-/g, '_')}`);
    for (const sense of OTHER_SENSES) used.add(`namesake_${sense.replace(/-/g, '_')}`);
    for (const company of COMPANIES) used.add(`company_${company}`);
    for (const key of PLURAL_KEYS) for (const form of ['one', 'other']) used.add(`${key}_${form}`);
    expect(used.size).toBeGreaterThan(50);
    for (const key of used) expect(en, key).toHaveProperty(key);
  });
});

describe('the plurals', () => {
  it('say "1 passage" and "3 passages" in both languages, never "1 passages"', () => {
    for (const key of PLURAL_KEYS) {
      expect(en[`${key}_one` as keyof typeof en].message, key).not.toMatch(/\$1 /);
      expect(de[`${key}_one` as keyof typeof de].message, key).not.toMatch(/\$1 /);
    }
    expect(plural(translatorFor(en), 'en', 'countAnnouncement', 1)).toBe('1 passage for this page');
    expect(plural(translatorFor(en), 'en', 'countAnnouncement', 3)).toBe('3 passages for this page');
    expect(plural(translatorFor(de), 'de', 'launcherLabel', 1)).toMatch(/^Kehrseite: 1 kritische Passage zu/);
    expect(plural(translatorFor(de), 'de', 'launcherLabel', 2)).toMatch(
      /^Kehrseite: 2 kritische Passagen zu/,
    );
    for (const messages of [en, de])
      for (const [key, { message }] of Object.entries(messages))
        expect(message, key).not.toMatch(
          /(?<![$\d])1 (\w+ )?(passages|results|articles|Passagen|Suchergebnisse)\b/,
        );
  });

  it('name the toolbar button without saying Kehrseite twice', () => {
    for (const messages of [en, de]) expect(messages.actionTitle.message.match(/Kehrseite/g)).toHaveLength(1);
  });
});
