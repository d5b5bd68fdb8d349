import { act, fireEvent, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
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
    expect(screen.getAllByRole('link', { name: 'Back to all articles' })[0]!.getAttribute('href')).toBe('#');
    expect(await axeViolations(container)).toEqual([]);
    vi.spyOn(navigator.clipboard, 'writeText').mockResolvedValue();
    fireEvent.click(container.querySelectorAll('[data-testid="copy-quote"]')[1]!);
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Quote copied with its source'));
    await act(() => {
      location.hash = '';
      window.dispatchEvent(new HashChangeEvent('hashchange'));
    });
    expect(container.querySelectorAll('[data-article-id]')).toHaveLength(articles.length);
  });

  it('searches and filters the articles by topic, and says how many it shows', async () => {
    const { container } = renderWithStrings(<App uiLanguage="en" />);
    const shown = () =>
      Array.from(container.querySelectorAll('[data-article-id]')).map((a) =>
        a.getAttribute('data-article-id'),
      );
    expect(screen.getByText('5 articles')).toBeTruthy();
    await act(() => {
      fireEvent.input(screen.getByRole('searchbox', { name: 'Search the articles' }), {
        target: { value: 'alipay' },
      });
    });
    expect(shown()).toEqual(['amazon-konkurrenz-fernost']);
    expect(screen.getByText('1 article')).toBeTruthy();
    await act(() => {
      fireEvent.input(screen.getByRole('searchbox'), { target: { value: '' } });
    });
    fireEvent.click(screen.getByRole('button', { name: 'Alexa' }));
    await waitFor(() => expect(shown().length).toBeLessThan(articles.length));
    for (const id of shown())
      expect(articles.find((a) => a.id === id)!.passages.some((p) => p.topics.includes('alexa'))).toBe(true);
    await act(() => {
      fireEvent.input(screen.getByRole('searchbox'), { target: { value: 'qqqxxzz' } });
    });
    expect(screen.getByText('No article matches. Try fewer words or other topics.')).toBeTruthy();
    expect(await axeViolations(container)).toEqual([]);
  });
});
