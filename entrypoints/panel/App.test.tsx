import { act, fireEvent, screen, waitFor } from '@testing-library/preact';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { axeViolations, englishT, germanT, renderWithStrings } from '../../components/testing';
import { articles } from '../../seeds';
import type { Finding } from '../../core/types';
import type { OfferedPassage, TabView } from '../../utils/messages';
import { listenToBackground, sendMessage } from '../../utils/messaging';
import App from './App';

vi.mock('../../utils/messaging', () => ({
  sendMessage: vi.fn(),
  listenToBackground: vi.fn(() => () => undefined),
}));

const hostile = '<img src=x onerror=alert(1)>';
const article = articles.find((a) => a.id === 'amazon-weihnachtsgeschaeft-2018')!;
const offered: OfferedPassage[] = article.passages.slice(0, 3).map((passage, index) => ({
  passageId: passage.id,
  articleId: article.id,
  score: 1 - index / 10,
  why: {
    cues: [{ kind: 'concept', source: 'productTitle', words: hostile, concept: 'smart-speaker' }],
    matchedTerms: ['Alexa'],
    topics: ['alexa'],
  },
}));
const shop: Finding = { kind: 'shop', site: 'amazon', pageType: 'product', leadingTopics: ['alexa'] };
const view: TabView = {
  tabId: 7,
  url: 'https://www.amazon.de/dp/B0',
  host: 'www.amazon.de',
  site: 'amazon',
  pageType: 'product',
  silent: false,
  reason: shop,
  offered,
  pageLabel: hostile,
};

/** Answers the panel's messages the way the background would; hiding a passage removes it from the view. */
function background(current: TabView) {
  vi.mocked(sendMessage).mockImplementation(((type: string, data: { passageId?: string }) => {
    if (type === 'hidePassage') {
      current = { ...current, offered: current.offered.filter((o) => o.passageId !== data.passageId) };
    }
    const value = type === 'togglePanel' ? { open: false } : current;
    return Promise.resolve({ ok: true, value });
  }) as typeof sendMessage);
}

const passageIds = (container: Element) =>
  Array.from(container.querySelectorAll('[data-passage-id]')).map((el) => el.getAttribute('data-passage-id'));
const status = () => screen.getByRole('status').textContent;

beforeEach(() => vi.mocked(sendMessage).mockReset());

describe('the panel', () => {
  it('lists the offered passages in rank order under a header that shows the page label as text', async () => {
    background(view);
    const { container } = renderWithStrings(<App embedded uiLanguage="en" />);
    await waitFor(() => expect(passageIds(container)).toEqual(offered.map((o) => o.passageId)));
    expect(screen.getByText(`This page: ${hostile}`)).toBeTruthy();
    expect(container.querySelector('img')).toBeNull();
    await waitFor(() => expect(status()).toBe('3 passages for this page'));
    expect(await axeViolations(container)).toEqual([]);
  });

  it('asks for the view again when the background says its tab changed, and only then', async () => {
    background(view);
    const { container } = renderWithStrings(<App embedded uiLanguage="en" />);
    await waitFor(() => expect(passageIds(container)).toHaveLength(3));
    background({ ...view, offered: offered.slice(0, 1) });
    const [changed] = vi.mocked(listenToBackground).mock.calls.at(-1)!;
    const told = (tabId: number) => changed({ kehrseite: 1, type: 'tabViewChanged', data: { tabId } });
    await act(() => told(8));
    expect(passageIds(container)).toHaveLength(3);
    await act(() => told(7));
    await waitFor(() => expect(passageIds(container)).toHaveLength(1));
  });

  it('as the side panel, asks for the active tab of its own window', async () => {
    background(view);
    vi.spyOn(fakeBrowser.windows, 'getCurrent').mockResolvedValue({ id: 4 } as never);
    const { container } = renderWithStrings(<App embedded={false} uiLanguage="en" />);
    await waitFor(() => expect(passageIds(container)).toHaveLength(3));
    expect(sendMessage).toHaveBeenCalledWith('getTabView', { windowId: 4 });
  });

  it('closes through the background only when embedded in the page', async () => {
    background(view);
    renderWithStrings(<App embedded uiLanguage="en" />);
    fireEvent.click(await screen.findByRole('button', { name: 'Close the Kehrseite panel' }));
    expect(sendMessage).toHaveBeenCalledWith('togglePanel', { open: false });
  });

  it('has no close button as the browser side panel', async () => {
    background(view);
    const { container } = renderWithStrings(<App embedded={false} uiLanguage="en" />);
    await waitFor(() => expect(passageIds(container)).toHaveLength(3));
    expect(screen.queryByRole('button', { name: 'Close the Kehrseite panel' })).toBeNull();
  });

  it('hides a passage that is not relevant here and announces the new count', async () => {
    background(view);
    const { container } = renderWithStrings(<App embedded uiLanguage="en" />);
    await waitFor(() => expect(passageIds(container)).toHaveLength(3));
    fireEvent.click(screen.getAllByRole('button', { name: 'Not relevant here' })[0]!);
    expect(sendMessage).toHaveBeenCalledWith('hidePassage', {
      tabId: 7,
      host: 'www.amazon.de',
      passageId: offered[0]!.passageId,
    });
    await waitFor(() => expect(passageIds(container)).toEqual(offered.slice(1).map((o) => o.passageId)));
    await waitFor(() => expect(status()).toBe('2 passages for this page'));
  });

  it('copies a quote with its source and says so', async () => {
    background(view);
    const writeText = vi.spyOn(navigator.clipboard, 'writeText').mockResolvedValue();
    renderWithStrings(<App embedded uiLanguage="en" />);
    await waitFor(() => expect(status()).toBe('3 passages for this page'));
    fireEvent.click(screen.getAllByRole('button', { name: 'Copy quote' })[0]!);
    expect(writeText).toHaveBeenCalledWith(expect.stringContaining(article.passages[0]!.text));
    expect(writeText).toHaveBeenCalledWith(expect.stringContaining('— '));
    await waitFor(() => expect(status()).toBe('Quote copied with its source'));
  });

  it('replaces the offered passages with search results while the search box has text', async () => {
    background(view);
    const { container } = renderWithStrings(<App embedded uiLanguage="en" />);
    await waitFor(() => expect(passageIds(container)).toHaveLength(3));
    const box = screen.getByRole('searchbox');
    await act(() => {
      fireEvent.input(box, { target: { value: 'Lauschsprecher' } });
    });
    const results = passageIds(container);
    expect(results.length).toBeGreaterThan(0);
    expect(results[0]).toBe(article.passages.find((p) => p.text.includes('Lauschsprecher'))?.id);
    const firstMarks = Array.from(container.querySelectorAll('[data-passage-id]:first-child mark'));
    expect(firstMarks.map((mark) => mark.textContent)).toContain('Lauschsprecher');
    await waitFor(() => expect(status()).toBe(`${results.length} search results`));
    fireEvent.keyDown(box, { key: 'ArrowDown' });
    expect(document.activeElement?.getAttribute('data-passage-id')).toBe(results[0]);
    fireEvent.keyDown(box, { key: 'Escape' });
    await waitFor(() => expect(passageIds(container)).toEqual(offered.map((o) => o.passageId)));
  });

  it('limits search results to the topics switched on in the filter', async () => {
    background(view);
    const { container } = renderWithStrings(<App embedded uiLanguage="en" />);
    await act(() => {
      fireEvent.input(screen.getByRole('searchbox'), { target: { value: 'Amazon' } });
    });
    const all = passageIds(container);
    fireEvent.click(screen.getByRole('button', { name: 'Alibaba' }));
    await waitFor(() => expect(passageIds(container)).not.toEqual(all));
    const passages = new Map(articles.flatMap((a) => a.passages.map((p) => [p.id, p])));
    const filtered = passageIds(container);
    expect(filtered.length).toBeGreaterThan(0);
    for (const id of filtered) expect(passages.get(id!)?.topics).toContain('alibaba');
  });

  it('explains a silent page in a collapsed "Why nothing?" and keeps the search', async () => {
    background({ ...view, silent: true, offered: [], reason: { kind: 'noFit', finding: shop } });
    const { container } = renderWithStrings(<App embedded uiLanguage="en" />);
    await screen.findByText('Nothing here');
    const details = container.querySelector('details')!;
    expect(details.open).toBe(false);
    expect(details.textContent).toContain('Why nothing?');
    expect(details.textContent).toContain('None of the bundled passages fits what this page is about.');
    expect(screen.getByRole('searchbox')).toBeTruthy();
    expect(passageIds(container)).toEqual([]);
    expect(await axeViolations(container)).toEqual([]);
  });

  it('says in plain German why a rainforest article stays silent, without engine words', async () => {
    background({
      ...view,
      silent: true,
      offered: [],
      reason: { kind: 'offTopic', namesake: { namesake: 'amazon', readAs: 'rainforest' } },
    });
    const { container } = renderWithStrings(<App embedded uiLanguage="de" />, germanT);
    await screen.findByText('Hier nichts');
    const why = container.querySelector('details p')!.textContent;
    expect(why).toBe(
      'Hier geht es um den Amazonas-Regenwald, nicht um die Firma Amazon. ' +
        'Diese Seite handelt nicht von Amazon, Alibaba oder den Themen der mitgelieferten Artikel.',
    );
    expect(why).not.toMatch(/offTopic|rainforest|namesake/);
  });

  it('words the silences the extension adds in both languages', async () => {
    const cases = [
      [
        { kind: 'notRead' },
        'en',
        englishT,
        'Kehrseite reads Amazon and Alibaba shop pages and news articles; this page is neither.',
      ],
      [{ kind: 'switchedOff' }, 'de', germanT, 'Kehrseite ist auf dieser Seite ausgeschaltet oder pausiert.'],
      [
        { kind: 'allHidden' },
        'en',
        englishT,
        'Every passage that fits is hidden on this site, or its topic is switched off.',
      ],
    ] as const;
    for (const [reason, language, t, words] of cases) {
      background({ ...view, silent: true, offered: [], reason });
      const { container, unmount } = renderWithStrings(<App embedded uiLanguage={language} />, t);
      await waitFor(() => expect(container.querySelector('details p')?.textContent).toBe(words));
      unmount();
    }
  });
});
