import { describe, expect, it } from 'vitest';
import { articles } from '../seeds';
import { CorpusIndex } from './corpus-index';
import { GLOSSARY, germanFor } from './glossary';
import { normalize } from './text';

describe('the glossary', () => {
  const index = CorpusIndex.build(articles);

  it.each(Object.entries(GLOSSARY))('reaches the corpus from "%s"', (english, german) => {
    expect(english).toBe(normalize(english));
    for (const word of german) {
      expect(word, word).toBe(normalize(word));
      // A German word that finds nothing would be a dead entry.
      expect(index.lookup(word, { fuzzy: true }).length, `${english} -> ${word}`).toBeGreaterThan(0);
    }
  });

  it('reads English plurals as their singular', () => {
    expect(germanFor('outages')).toEqual(GLOSSARY.outage);
    expect(germanFor('taxes')).toEqual(GLOSSARY.tax);
    expect(germanFor('sales')).toEqual(GLOSSARY.sale);
    expect(germanFor('quantum')).toEqual([]);
  });
});
