import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import de from '../public/_locales/de/messages.json';
import en from '../public/_locales/en/messages.json';
import { COMPANIES, CUE_SOURCES, OTHER_SENSES, PAGE_TYPES, TOPICS } from '../core/types';

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
    ]) {
      for (const match of readFileSync(file, 'utf8').matchAll(literal)) used.add(match[1]!);
    }
    for (const topic of TOPICS) used.add(`topic_${topic}`);
    for (const source of CUE_SOURCES) used.add(`cueSource_${source}`);
    for (const type of PAGE_TYPES) used.add(`pageType_${type.replace(/-/g, '_')}`);
    for (const sense of OTHER_SENSES) used.add(`namesake_${sense.replace(/-/g, '_')}`);
    for (const company of COMPANIES) used.add(`company_${company}`);
    expect(used.size).toBeGreaterThan(50);
    for (const key of used) expect(en, key).toHaveProperty(key);
  });
});
