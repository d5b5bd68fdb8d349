import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { TOPICS } from '../core/types';
import { articles } from '.';

const source = (file: string) => readFileSync(path.join(import.meta.dirname, 'sources', file), 'utf8');
const collapse = (text: string) => text.replace(/\s+/g, ' ').trim();

/** Scraping residue listed in seeds/sources/README.md; none may survive in the corpus. */
const RESIDUE = [
  /^\s*date \d{4}-\d{2}/,
  /Empfohlene Beiträge/,
  /in Amazon Toolbox/,
  /Von Redaktion\s*$/,
  /Von Florian Rinke/,
];

/** The same residue as it stands in the source files, so the rest of each file can be checked for loss. */
const RESIDUE_IN_SOURCE = [
  /^\s*date \d{4}-\d{2}\s*/gm,
  /^in Amazon Toolbox, Analyse$/m,
  /^Empfohlene Beiträge\s*$/m,
  /^Von Redaktion\s*$/m,
  / Von Florian Rinke und Marcel Jarjour$/m,
];

const allPassages = articles.flatMap((article) => article.passages.map((passage) => ({ article, passage })));

describe('the corpus', () => {
  it('has unique article and passage ids', () => {
    const articleIds = articles.map((a) => a.id);
    expect(new Set(articleIds).size).toBe(articleIds.length);
    const passageIds = allPassages.map(({ passage }) => passage.id);
    expect(new Set(passageIds).size).toBe(passageIds.length);
  });

  it.each(articles.map((a) => [a.id, a] as const))(
    '%s has the required metadata and passages',
    (_id, article) => {
      expect(article.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(article.label.de.length).toBeGreaterThan(10);
      expect(article.label.en.length).toBeGreaterThan(10);
      expect(article.summary.de.length).toBeGreaterThan(80);
      expect(article.summary.en.length).toBeGreaterThan(80);
      expect(article.dateNote).not.toBe('');
      expect(article.authorsNote).not.toBe('');
      expect(article.language).toBe('de');
      expect(article.passages.length).toBeGreaterThan(0);
    },
  );

  it.each(allPassages.map(({ passage, article }) => [passage.id, passage, article] as const))(
    '%s is well-formed',
    (_id, passage, article) => {
      // `<articleId>/<slug>`: a slug chosen by hand, never a position, so ids survive edits of other passages.
      expect(passage.id).toMatch(new RegExp(`^${article.id}/[a-z0-9]+(-[a-z0-9]+)*$`));
      expect(passage.id).not.toMatch(/\/(p)?\d+$/);
      expect(passage.text.length).toBeGreaterThanOrEqual(60);
      expect(passage.text.length).toBeLessThanOrEqual(1500);
      expect(passage.topics.length).toBeGreaterThan(0);
      expect(new Set(passage.topics).size).toBe(passage.topics.length);
      for (const topic of passage.topics) expect(TOPICS).toContain(topic);
      if (passage.section !== undefined) expect(passage.section.trim()).not.toBe('');
      // The editors' English gist: present, shorter than the passage, and English rather than a copy.
      expect(passage.gist.length).toBeGreaterThanOrEqual(60);
      expect(passage.gist.length).toBeLessThan(Math.max(passage.text.length, 200));
      expect(passage.gist).not.toBe(passage.text);
      expect(passage.gist).not.toMatch(/[äöüß]|\b(und|der|die|das|nicht|ist)\b/);
      for (const residue of RESIDUE) expect(passage.text).not.toMatch(residue);
    },
  );
});

describe('traceability to seeds/sources', () => {
  it.each(articles.map((a) => [a.id, a] as const))('%s quotes its source verbatim', (_id, article) => {
    const original = collapse(source(article.sourceFile));
    for (const passage of article.passages) {
      expect(original, passage.id).toContain(collapse(passage.text));
      if (passage.section) expect(original, passage.id).toContain(collapse(passage.section));
    }
    if (article.headline) expect(original.startsWith(collapse(article.headline))).toBe(true);
  });

  it.each(articles.map((a) => [a.id, a] as const))('%s loses no sentence of its source', (_id, article) => {
    const kept = collapse(
      [article.headline ?? '', ...article.passages.flatMap((p) => [p.section ?? '', p.text])].join(' '),
    );
    let remaining = source(article.sourceFile);
    for (const residue of RESIDUE_IN_SOURCE) remaining = remaining.replace(residue, '');
    for (const line of remaining.split('\n').map(collapse).filter(Boolean)) {
      // A bullet line keeps its text; only the bullet's indentation may differ.
      expect(kept, `${article.id}: lost "${line.slice(0, 60)}"`).toContain(line);
    }
  });

  it.each(articles.map((a) => [a.id, a] as const))(
    '%s states only metadata the text gives',
    (_id, article) => {
      const text = source(article.sourceFile);
      for (const author of article.authors) expect(text).toContain(author);
      if (article.date) expect(text).toMatch(new RegExp(`date ${article.date}`));
      expect(article.outlet).toBeNull();
      expect(article.url).toBeNull();
    },
  );
});
