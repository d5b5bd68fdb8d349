import { screen } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { articles } from '../seeds';
import ArticleList from './ArticleList';
import ArticleReader from './ArticleReader';
import { renderWithStrings } from './testing';

describe('ArticleList', () => {
  it('lists every article with metadata, both summaries and topics', () => {
    const { container } = renderWithStrings(
      <ArticleList articles={articles} uiLanguage="en" readHref={(a) => `#article=${a.id}`} />,
    );
    expect(container.querySelectorAll('[data-article-id]')).toHaveLength(articles.length);
    // The German headline is marked German; the editors' English label is marked English.
    expect(screen.getByText('Der (z)erlegte Kunde').getAttribute('lang')).toBe('de');
    expect(screen.getByText(articles[0]!.label.en).getAttribute('lang')).toBe('en');
    const first = container.querySelector('[data-article-id]')!;
    expect(first.textContent).toContain(articles[0]!.summary.de);
    expect(first.textContent).toContain(articles[0]!.summary.en);
    expect(first.querySelector('a')?.getAttribute('href')).toBe(`#article=${articles[0]!.id}`);
  });
});

describe('ArticleReader', () => {
  it('shows the article verbatim with sections once and the chosen passage marked and focused', () => {
    const article = articles.find((a) => a.id === 'amazon-ki-schutzschirm')!;
    const target = article.passages[4]!;
    const { container } = renderWithStrings(
      <ArticleReader article={article} passageId={target.id} uiLanguage="en" backHref="#" />,
    );
    const marked = container.querySelector(`[data-passage-id="${target.id}"]`)!;
    expect(marked.querySelector('mark')?.textContent).toBe(target.text);
    expect(document.activeElement).toBe(marked);
    const headings = Array.from(container.querySelectorAll('h2')).map((h) => h.textContent);
    expect(new Set(headings).size).toBe(headings.length);
    expect(container.querySelectorAll('[data-passage-id]')).toHaveLength(article.passages.length);
  });
});
