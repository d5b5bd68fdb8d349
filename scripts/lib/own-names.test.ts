import { describe, expect, it } from 'vitest';
import { LEXICON } from '../../core/lexicon';
import { hangCount, ownNameOf } from './own-names';

describe('own names in the ablation', () => {
  it("knows a company's first name and a law's own names, and no other entry, as own names", () => {
    expect(ownNameOf({ list: 'entity', owner: 'amazon', pattern: 'amazon' }, LEXICON)).toBe('company');
    expect(ownNameOf({ list: 'entity', owner: 'amazon', pattern: 'amazon.com' }, LEXICON)).toBeUndefined();
    const law = { list: 'counter', owner: 'data-protection-law' } as const;
    expect(ownNameOf({ ...law, pattern: 'dsgvo' }, LEXICON)).toBe('counter-signal');
    expect(ownNameOf({ ...law, pattern: 'gdpr' }, LEXICON)).toBe('counter-signal');
    // The law's long forms and its words that are not its name are entries like any.
    for (const pattern of ['datenschutz-grundverordnung', 'datenschutzrecht', 'aufsichtsbehorde'])
      expect(ownNameOf({ ...law, pattern }, LEXICON), pattern).toBeUndefined();
    expect(ownNameOf({ list: 'concept', owner: 'privacy', pattern: 'datenschutz' }, LEXICON)).toBeUndefined();
  });

  it('counts a page on an own name only where it hangs on nothing else', () => {
    expect(hangCount(['company'])).toBe('company');
    expect(hangCount(['counter-signal'])).toBe('counter-signal');
    expect(hangCount(['company', 'counter-signal'])).toBe('counter-signal');
    expect(hangCount(['counter-signal', undefined])).toBe('entry');
    expect(hangCount(['company', undefined])).toBe('entry');
  });
});
