import { screen } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { articles } from '../seeds';
import ArticleList from './ArticleList';
import ArticleReader from './ArticleReader';
import { germanT, renderWithStrings } from './testing';

describe('ArticleList', () => {
  it('lists every article with what is known, the summary in the UI language and topics', () => {
    const { container } = renderWithStrings(
      <ArticleList articles={articles} uiLanguage="en" readHref={(a) => `#article=${a.id}`} />,
    );
    expect(container.querySelectorAll('[data-article-id]')).toHaveLength(articles.length);
    // The German headline is marked German; the editors' English label is marked English.
    expect(screen.getByText('Der (z)erlegte Kunde').getAttribute('lang')).toBe('de');
    expect(screen.getByText(articles[0]!.label.en).getAttribute('lang')).toBe('en');
    const first = container.querySelector('[data-article-id]')!;
    expect(first.textContent).toContain(articles[0]!.summary.en);
    expect(first.textContent).not.toContain(articles[0]!.summary.de);
    // Provenance notes stay in the seed files; nothing is said about what is not known.
    for (const article of articles) {
      expect(container.textContent).not.toContain(article.dateNote);
      expect(container.textContent).not.toContain(article.authorsNote);
    }
    expect(container.textContent).not.toMatch(/unknown|not named/);
    expect(first.querySelector('a')?.getAttribute('href')).toBe(`#article=${articles[0]!.id}`);
  });
});

describe('ArticleList in German', () => {
  it('shows the German summary only', () => {
    const { container } = renderWithStrings(
      <ArticleList articles={articles} uiLanguage="de" readHref={(a) => `#article=${a.id}`} />,
      germanT,
    );
    expect(container.textContent).toContain(articles[0]!.summary.de);
    expect(container.textContent).not.toContain(articles[0]!.summary.en);
  });
});

describe('ArticleReader', () => {
  it('shows the article verbatim with sections once and the chosen passage marked and focused', () => {
    const article = articles.find((a) => a.id === 'amazon-ki-schutzschirm')!;
    const target = article.passages[4]!;
    const onCopy = vi.fn();
    const { container } = renderWithStrings(
      <ArticleReader article={article} passageId={target.id} uiLanguage="en" backHref="#" onCopy={onCopy} />,
    );
    const marked = container.querySelector(`[data-passage-id="${target.id}"]`)!;
    expect(marked.querySelector('mark')?.textContent).toBe(target.text);
    expect(document.activeElement).toBe(marked);
    const headings = Array.from(container.querySelectorAll('h2')).map((h) => h.textContent);
    expect(new Set(headings).size).toBe(headings.length);
    expect(container.querySelectorAll('[data-passage-id]')).toHaveLength(article.passages.length);
    // A way back at the top and at the end, and every passage can be copied.
    expect(screen.getAllByRole('link', { name: 'Back to all articles' })).toHaveLength(2);
    screen.getAllByRole('button', { name: 'Copy quote' })[4]!.click();
    expect(onCopy).toHaveBeenCalledWith(target, article);
  });
});
