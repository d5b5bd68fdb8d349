import { act, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { axeViolations, renderWithStrings } from '../../components/testing';
import { articles } from '../../seeds';
import App from './App';

afterEach(() => {
  location.hash = '';
});

describe('the library page', () => {
  it('lists every article and opens the reading view from the hash', async () => {
    const { container } = renderWithStrings(<App uiLanguage="en" />);
    expect(container.querySelectorAll('[data-article-id]')).toHaveLength(articles.length);
    expect(await axeViolations(container)).toEqual([]);

    const article = articles[2]!;
    const passage = article.passages[1]!;
    await act(() => {
      location.hash = `#article=${article.id}&passage=${encodeURIComponent(passage.id)}`;
      window.dispatchEvent(new HashChangeEvent('hashchange'));
    });
    await waitFor(() => expect(document.activeElement?.getAttribute('data-passage-id')).toBe(passage.id));
    expect(container.querySelector('mark')?.textContent).toBe(passage.text);
    expect(screen.getByRole('link', { name: 'Back to all articles' })).toBeTruthy();
    expect(await axeViolations(container)).toEqual([]);
  });
});
