import type { Lexicon } from '../../core/lexicon';

/**
 * Whose own name a lexicon entry is, for `npm run ablation` (scripts/ablation.ts says why a page may rest
 * on one): a company's (the first of its names, "amazon") or a counter-signal's (one of its `ownNames`, a
 * law's "dsgvo"); undefined for every other entry, a company's other names and a law's long forms among them.
 */
export type OwnName = 'company' | 'counter-signal' | undefined;

/** Where an entry stands in the lexicon: which list, whose, and the entry as written. */
export interface EntryKey {
  list: 'concept' | 'entity' | 'epithet' | 'counter';
  owner: string;
  pattern: string;
}

export function ownNameOf(key: EntryKey, lexicon: Lexicon): OwnName {
  if (key.list === 'entity')
    return lexicon.entities.find((e) => e.id === key.owner)?.names[0] === key.pattern ? 'company' : undefined;
  if (key.list === 'counter') {
    const signal = lexicon.counters.find((c) => c.id === key.owner);
    return signal?.ownNames?.includes(key.pattern) ? 'counter-signal' : undefined;
  }
  return undefined;
}

/**
 * Which line of the ablation's summary a page that hangs is counted on, from the entries it hangs on: its
 * company's own name alone; only own names, one of them a counter-signal's (a law's name, or a law's and
 * a company's); or any other entry among them, which makes it a page that hangs on one entry.
 */
export function hangCount(entries: readonly OwnName[]): 'company' | 'counter-signal' | 'entry' {
  if (entries.some((entry) => entry === undefined)) return 'entry';
  return entries.every((entry) => entry === 'company') ? 'company' : 'counter-signal';
}
