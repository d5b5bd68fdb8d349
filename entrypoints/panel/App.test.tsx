import { act, fireEvent, screen, waitFor } from '@testing-library/preact';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { axeViolations, englishT, germanT, renderWithStrings } from '../../components/testing';
import { articles } from '../../seeds';
import { createEngine } from '../../core/engine';
import type { Finding, Topic } from '../../core/types';
import type { OfferedPassage, TabView } from '../../utils/messages';
import { listenToBackground, sendMessage } from '../../utils/messaging';
import { panelView, passageLookup, shownResult } from '../../utils/panel-view';
import { getSettings } from '../../utils/settings';
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
const other = articles.find((a) => a.id === 'der-zerlegte-kunde')!;
const otherOffered: OfferedPassage[] = other.passages.slice(0, 2).map((passage) => ({
  passageId: passage.id,
  articleId: other.id,
  score: 0.5,
  why: { cues: [], matchedTerms: [], topics: ['data'] },
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

const engine = createEngine(articles);
const lookup = passageLookup(articles);

/** What the background's search answers (entrypoints/background/service.ts), over the bundled corpus. */
function search(query: string, topics: readonly Topic[]) {
  const found = engine.search(query, { topics, limit: 20 });
  const withoutTopics = found.length === 0 && topics.length > 0 ? engine.search(query).length : 0;
  return { found: found.map((result) => shownResult(result, lookup)), withoutTopics };
}

/** Answers the panel's messages the way the background would; hiding a passage removes it from the view. */
function background(original: TabView) {
  let current = original;
  type Data = { passageId?: string; query?: string; topics?: Topic[] };
  vi.mocked(sendMessage).mockImplementation(((type: string, data: Data) => {
    if (type === 'hidePassage') {
      current = { ...current, offered: current.offered.filter((o) => o.passageId !== data.passageId) };
    }
    if (type === 'restorePassage') current = original;
    const value =
      type === 'togglePanel'
        ? { open: false }
        : type === 'search'
          ? search(data.query!, data.topics!)
          : panelView(current, lookup);
    return Promise.resolve({ ok: true, value });
  }) as typeof sendMessage);
}

const passageIds = (container: Element) =>
  Array.from(container.querySelectorAll('[data-passage-id]')).map((el) => el.getAttribute('data-passage-id'));
const status = () => screen.getByRole('status').textContent;
const count = () => document.querySelector('[data-testid="result-count"]')?.textContent;

beforeEach(() => {
  vi.mocked(sendMessage).mockReset();
  fakeBrowser.reset();
});

describe('the panel', () => {
  it('lists the offered passages in rank order under a header that shows the page label as text', async () => {
    background(view);
    const { container } = renderWithStrings(<App embedded uiLanguage="en" />);
    await waitFor(() => expect(passageIds(container)).toEqual(offered.map((o) => o.passageId)));
    expect(screen.getByText(`This page: ${hostile}`)).toBeTruthy();
    expect(container.querySelector('img')).toBeNull();
    await waitFor(() => expect(count()).toBe('3 passages for this page'));
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

  it('hides a passage on this page, offers undo and the whole site, and undoes', async () => {
    background(view);
    const { container } = renderWithStrings(<App embedded uiLanguage="en" />);
    await waitFor(() => expect(passageIds(container)).toHaveLength(3));
    fireEvent.click(container.querySelectorAll('[data-testid="hide-passage"]')[0]!);
    expect(sendMessage).toHaveBeenCalledWith('hidePassage', {
      tabId: 7,
      passageId: offered[0]!.passageId,
      scope: 'page',
    });
    await waitFor(() => expect(passageIds(container)).toEqual(offered.slice(1).map((o) => o.passageId)));
    expect(count()).toBe('2 passages for this page');
    expect(status()).toBe('Hidden on this page.');
    const undo = container.querySelector<HTMLElement>('[data-testid="undo-hide"]')!;
    await waitFor(() => expect(document.activeElement).toBe(undo));
    fireEvent.click(screen.getByRole('button', { name: 'Hide on all of www.amazon.de' }));
    await waitFor(() => expect(status()).toBe('Hidden on every page of www.amazon.de.'));
    expect(sendMessage).toHaveBeenCalledWith('hidePassage', {
      tabId: 7,
      passageId: offered[0]!.passageId,
      scope: 'site',
    });
    fireEvent.click(container.querySelector('[data-testid="undo-hide"]')!);
    expect(sendMessage).toHaveBeenCalledWith('restorePassage', {
      tabId: 7,
      passageId: offered[0]!.passageId,
    });
    await waitFor(() => expect(passageIds(container)).toEqual(offered.map((o) => o.passageId)));
    expect(status()).toBe('Shown again.');
    expect(container.querySelector('[data-testid="undo-hide"]')).toBeNull();
  });

  it('copies a quote with its title and known source, and says so where it can be seen', async () => {
    background(view);
    const writeText = vi.spyOn(navigator.clipboard, 'writeText').mockResolvedValue();
    const { container } = renderWithStrings(<App embedded uiLanguage="en" />);
    await waitFor(() => expect(passageIds(container)).toHaveLength(3));
    fireEvent.click(container.querySelectorAll('[data-testid="copy-quote"]')[0]!);
    expect(writeText).toHaveBeenCalledWith(
      `„${article.passages[0]!.text}“\n— ${article.headline ?? article.label.en} (Florian Rinke, Marcel Jarjour · 2018-12)`,
    );
    await waitFor(() => expect(status()).toBe('Quote copied with its source'));
    expect(screen.getByRole('status').closest('.toast')?.className).toContain('toast--shown');
  });

  it('falls back to the copy command where the frame may not write to the clipboard', async () => {
    background(view);
    vi.spyOn(navigator.clipboard, 'writeText').mockRejectedValue(new Error('NotAllowedError'));
    const execCommand = vi.fn(() => true);
    Object.defineProperty(document, 'execCommand', { value: execCommand, configurable: true });
    const { container } = renderWithStrings(<App embedded uiLanguage="en" />);
    await waitFor(() => expect(passageIds(container)).toHaveLength(3));
    fireEvent.click(container.querySelectorAll('[data-testid="copy-quote"]')[1]!);
    await waitFor(() => expect(status()).toBe('Quote copied with its source'));
    expect(execCommand).toHaveBeenCalledWith('copy');
  });

  it('replaces the offered passages with search results while the search box has text', async () => {
    background(view);
    const { container } = renderWithStrings(<App embedded uiLanguage="en" />);
    await waitFor(() => expect(passageIds(container)).toHaveLength(3));
    const box = screen.getByRole('searchbox');
    await act(() => {
      fireEvent.input(box, { target: { value: 'Lauschsprecher' } });
    });
    // The background searches; its answer replaces the offer.
    await waitFor(() => expect(count()).toContain('search result'));
    const results = passageIds(container);
    expect(results.length).toBeGreaterThan(0);
    expect(results[0]).toBe(article.passages.find((p) => p.text.includes('Lauschsprecher'))?.id);
    const firstMarks = Array.from(container.querySelectorAll('[data-passage-id] mark'));
    expect(firstMarks.map((mark) => mark.textContent)).toContain('Lauschsprecher');
    expect(count()).toBe(results.length === 1 ? '1 search result' : `${results.length} search results`);
    fireEvent.keyDown(box, { key: 'ArrowDown' });
    expect(document.activeElement?.getAttribute('data-passage-id')).toBe(results[0]);
    fireEvent.keyDown(box, { key: 'Escape' });
    await waitFor(() => expect(passageIds(container)).toEqual(offered.map((o) => o.passageId)));
  });

  it('suggests something when a search finds nothing', async () => {
    background(view);
    const { container } = renderWithStrings(<App embedded uiLanguage="en" />);
    await act(() => {
      fireEvent.input(screen.getByRole('searchbox'), { target: { value: 'qqqxxzz' } });
    });
    await waitFor(() => expect(container.querySelector('[data-testid="no-results"]')).not.toBeNull());
    expect(container.querySelector('[data-testid="no-results"]')?.textContent).toContain(
      'No passage matches “qqqxxzz”.',
    );
    expect(count()).toBe('0 search results');
    await act(() => {
      fireEvent.click(screen.getByRole('button', { name: 'Lauschsprecher' }));
    });
    await waitFor(() => expect(passageIds(container).length).toBeGreaterThan(0));
  });

  it('limits search results to the topics switched on in the filter', async () => {
    background(view);
    const { container } = renderWithStrings(<App embedded uiLanguage="en" />);
    await act(() => {
      fireEvent.input(screen.getByRole('searchbox'), { target: { value: 'Amazon' } });
    });
    await waitFor(() => expect(count()).toContain('search result'));
    const all = passageIds(container);
    fireEvent.click(screen.getByRole('button', { name: 'Alibaba' }));
    await waitFor(() => expect(passageIds(container)).not.toEqual(all));
    const passages = new Map(articles.flatMap((a) => a.passages.map((p) => [p.id, p])));
    const filtered = passageIds(container);
    expect(filtered.length).toBeGreaterThan(0);
    for (const id of filtered) expect(passages.get(id!)?.topics).toContain('alibaba');
  });

  it('filters the offered passages by topic too, with a count, before anything is typed', async () => {
    const mixed = [...offered, ...otherOffered];
    background({ ...view, offered: mixed });
    const { container } = renderWithStrings(<App embedded uiLanguage="en" />);
    await waitFor(() => expect(passageIds(container)).toHaveLength(mixed.length));
    fireEvent.click(screen.getByRole('button', { name: 'Data' }));
    await waitFor(() => expect(passageIds(container)).toEqual(otherOffered.map((o) => o.passageId)));
    expect(count()).toBe(
      `${otherOffered.length} of ${mixed.length} passages for this page, in the chosen topics`,
    );
    // Cards are grouped by article, the source said once per group.
    fireEvent.click(screen.getByRole('button', { name: 'Data' }));
    await waitFor(() => expect(container.querySelectorAll('.group')).toHaveLength(2));
  });

  it('shows compact cards, the first one open, each with the English gist beside the German text', async () => {
    background(view);
    const { container } = renderWithStrings(<App embedded uiLanguage="en" />);
    await waitFor(() => expect(passageIds(container)).toHaveLength(3));
    const toggles = screen.getAllByRole('button', { name: /Show (more|less)/ });
    expect(toggles.map((b) => b.getAttribute('aria-expanded'))).toEqual(['true', 'false', 'false']);
    const gists = container.querySelectorAll('[data-testid="passage-gist"]');
    expect(gists).toHaveLength(3);
    expect(gists[0]!.getAttribute('lang')).toBe('en');
    expect(gists[0]!.textContent).toContain(article.passages[0]!.gist);
    expect(container.querySelector('blockquote')?.getAttribute('lang')).toBe('de');
    expect(container.querySelector('.panel__header')?.contains(screen.getByRole('searchbox'))).toBe(true);
  });

  it('says "1 passage", never "1 passages"', async () => {
    background({ ...view, offered: offered.slice(0, 1) });
    const { container } = renderWithStrings(<App embedded uiLanguage="en" />);
    await waitFor(() => expect(count()).toBe('1 passage for this page'));
    expect(container.textContent).not.toMatch(/\b1 passages/);
  });

  it('switches the site off in one click', async () => {
    background(view);
    renderWithStrings(<App embedded uiLanguage="en" />);
    fireEvent.click(await screen.findByRole('button', { name: 'Switch off on www.amazon.de' }));
    await waitFor(() => expect(status()).toBe('Switched off on www.amazon.de.'));
    expect((await getSettings()).siteModes).toEqual({ 'www.amazon.de': 'off' });
    await screen.findByRole('button', { name: 'Switch on again on www.amazon.de' });
  });

  it('explains a silent page in plain words at once, and keeps the search', async () => {
    background({ ...view, silent: true, offered: [], reason: { kind: 'noFit', finding: shop } });
    const { container } = renderWithStrings(<App embedded uiLanguage="en" />);
    const why = await screen.findByTestId('why-nothing');
    expect(why.textContent).toContain('Why nothing here?');
    expect(why.textContent).toContain('None of the bundled passages fits what this page is about.');
    expect(container.querySelector('details')).toBeNull();
    expect(screen.getByRole('searchbox')).toBeTruthy();
    expect(passageIds(container)).toEqual([]);
    expect(await axeViolations(container)).toEqual([]);
  });

  it('says in plain German why a rainforest article stays silent, naming the namesake', async () => {
    background({
      ...view,
      silent: true,
      offered: [],
      reason: { kind: 'offTopic', namesake: { namesake: 'amazon', readAs: 'rainforest' } },
    });
    const { container } = renderWithStrings(<App embedded uiLanguage="de" />, germanT);
    await screen.findByText('Warum hier nichts?');
    const why = container.querySelector('[data-testid="why-nothing"] .empty__reason')!.textContent;
    expect(why).toBe(
      'Hier geht es um den Amazonas-Regenwald, nicht um die Firma Amazon. ' +
        'Diese Seite handelt nicht von Amazon, Alibaba oder den Themen der mitgelieferten Artikel.',
    );
    expect(why).not.toMatch(/offTopic|rainforest|namesake/);
  });

  it('says why on a page the browser does not let it read', async () => {
    vi.mocked(sendMessage).mockResolvedValue({ ok: false, error: 'nothing known about this tab yet' });
    renderWithStrings(<App embedded={false} uiLanguage="en" />);
    const why = await screen.findByTestId('why-nothing');
    expect(why.textContent).toContain('Browsers let no extension read this page.');
    expect(why.textContent).not.toContain('nothing known');
  });

  it('words the silences the extension adds in both languages, and restores what the user hid', async () => {
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
        'You hid every passage that fits this page, or switched their topics off in the settings.',
      ],
    ] as const;
    for (const [reason, language, t, words] of cases) {
      background({ ...view, silent: true, offered: [], reason });
      const { container, unmount } = renderWithStrings(<App embedded uiLanguage={language} />, t);
      await waitFor(() => expect(container.querySelector('.empty__reason')?.textContent).toBe(words));
      if (reason.kind === 'allHidden') {
        fireEvent.click(screen.getByRole('button', { name: 'Show the passages hidden here again' }));
        expect(sendMessage).toHaveBeenCalledWith('restorePassage', { tabId: 7, passageId: undefined });
      }
      unmount();
    }
  });
});
