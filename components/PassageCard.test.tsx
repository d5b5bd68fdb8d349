import { fireEvent, screen } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { articles } from '../seeds';
import type { Why } from '../core/types';
import PassageCard, { describeCue } from './PassageCard';
import { englishT, germanT, renderWithStrings } from './testing';

const article = articles.find((a) => a.id === 'amazon-weihnachtsgeschaeft-2018')!;
const passage = article.passages.find((p) => p.id.endsWith('/lauschsprecher'))!;
const why: Why = {
  cues: [
    { kind: 'concept', source: 'productTitle', words: 'Echo Dot <b>', concept: 'smart-speaker' },
    { kind: 'pageKind', site: 'amazon', pageType: 'product', concept: 'delivery-work' },
    { kind: 'namesake', source: 'headline', words: 'Ring', namesake: 'ring', concept: 'doorbell-camera' },
    { kind: 'sharedWord', source: 'productTitle', words: 'Netflix' },
  ],
  matchedTerms: ['Lauschsprecher', 'Echo'],
  topics: ['alexa'],
};

describe('PassageCard', () => {
  it('shows the passage with its id, highlights, source and why', () => {
    const { container } = renderWithStrings(
      <PassageCard
        passage={passage}
        article={article}
        why={why}
        terms={why.matchedTerms}
        uiLanguage="en"
        initiallyExpanded
        readHref="#read"
        onCopy={vi.fn()}
        onHide={vi.fn()}
      />,
    );
    const item = container.querySelector('[data-passage-id]')!;
    expect(item.getAttribute('data-passage-id')).toBe(passage.id);
    expect(Array.from(item.querySelectorAll('mark')).map((m) => m.textContent)).toContain('Lauschsprecher');
    expect(item.textContent).toContain('Product title: “Echo Dot <b>” – read as smart speaker');
    expect(item.textContent).toContain('You are on Amazon (a product page): delivery work');
    expect(item.querySelector('b')).toBeNull();
    expect(item.querySelector('blockquote')?.getAttribute('lang')).toBe('de');
    const gist = item.querySelector('[data-testid="passage-gist"]')!;
    expect(gist.getAttribute('lang')).toBe('en');
    expect(gist.textContent).toBe(`Editors' gist: ${passage.gist}`);
    expect(screen.getByRole('link', { name: 'Read the whole article' }).getAttribute('href')).toBe('#read');
  });

  it('starts compact and opens on demand, the German text verbatim throughout', () => {
    const { container } = renderWithStrings(
      <PassageCard
        passage={passage}
        article={article}
        why={why}
        terms={[]}
        uiLanguage="en"
        readHref="#"
        onCopy={vi.fn()}
      />,
    );
    const more = screen.getByRole('button', { name: 'Show more' });
    expect(more.getAttribute('aria-expanded')).toBe('false');
    expect(container.querySelector('.passage__why')).toBeNull();
    expect(container.querySelector('blockquote')?.textContent).toBe(passage.text);
    fireEvent.click(more);
    expect(screen.getByRole('button', { name: 'Show less' }).getAttribute('aria-expanded')).toBe('true');
    expect(container.querySelector('.passage__why')).not.toBeNull();
  });

  it('copies and hides through its callbacks; German readers get the English gist on demand', () => {
    const onCopy = vi.fn();
    const onHide = vi.fn();
    renderWithStrings(
      <PassageCard
        passage={passage}
        article={article}
        why={why}
        terms={[]}
        uiLanguage="de"
        readHref="#"
        onCopy={onCopy}
        onHide={onHide}
      />,
      germanT,
    );
    fireEvent.click(screen.getByTestId('copy-quote'));
    fireEvent.click(screen.getByTestId('hide-passage'));
    expect(onCopy).toHaveBeenCalledWith(passage, article);
    expect(onHide).toHaveBeenCalledWith(passage);
    // German readers get the English gist on demand only.
    expect(screen.queryByTestId('passage-gist')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Mehr zeigen' }));
    expect(screen.getByText('Englische Kurzfassung')).toBeTruthy();
    expect(screen.getByTestId('passage-gist').getAttribute('lang')).toBe('en');
  });

  it('describes every kind of cue in English and German, naming concepts, never their ids', () => {
    expect(why.cues.map((cue) => describeCue(cue, englishT, 'en'))).toEqual([
      'Product title: “Echo Dot <b>” – read as smart speaker',
      'You are on Amazon (a product page): delivery work',
      'Headline: “Ring” – read as video doorbells and home cameras, as the words around it show',
      'Product title: “Netflix” – a rare word the passage uses too',
    ]);
    const german = why.cues.map((cue) => describeCue(cue, germanT, 'de'));
    expect(german).toEqual([
      'Produkttitel: „Echo Dot <b>“ – gelesen als smarter Lautsprecher',
      'Du bist auf Amazon (eine Produktseite): Zustellarbeit',
      'Überschrift: „Ring“ – nach den Wörtern daneben gelesen als Video-Türklingeln und Heimkameras',
      'Produkttitel: „Netflix“ – ein seltenes Wort, das auch in der Passage steht',
    ]);
    for (const line of german)
      expect(line).not.toMatch(/smart-speaker|delivery-work|doorbell-camera|pageKind/);
  });
});
