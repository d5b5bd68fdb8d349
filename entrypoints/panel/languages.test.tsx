// Every page the user sees, in both languages (here beside the panel: WXT reads files directly in entrypoints/ as entrypoints).
import { fireEvent, screen, waitFor } from '@testing-library/preact';
import type { ComponentChildren } from 'preact';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import de from '../../public/_locales/de/messages.json';
import en from '../../public/_locales/en/messages.json';
import { englishT, germanT, renderWithStrings } from '../../components/testing';
import { articles } from '../../seeds';
import type { TabView } from '../../utils/messages';
import { sendMessage } from '../../utils/messaging';
import { panelView, passageLookup } from '../../utils/panel-view';
import { hidePassage } from '../../utils/settings';
import LibraryApp from '../library/App';
import OptionsApp from '../options/App';
import PanelApp from './App';
import WelcomeApp from '../welcome/App';

vi.mock('../../utils/messaging', () => ({
  sendMessage: vi.fn(),
  listenToBackground: vi.fn(() => () => undefined),
}));

const article = articles.find((a) => a.id === 'amazon-weihnachtsgeschaeft-2018')!;
const view: TabView = {
  tabId: 3,
  url: 'https://www.amazon.de/dp/B0',
  host: 'www.amazon.de',
  site: 'amazon',
  pageType: 'product',
  silent: false,
  reason: { kind: 'shop', site: 'amazon', pageType: 'product', leadingTopics: ['alexa'] },
  offered: article.passages.slice(0, 2).map((passage) => ({
    passageId: passage.id,
    articleId: article.id,
    score: 1,
    why: {
      cues: [{ kind: 'pageKind', site: 'amazon', pageType: 'product', concept: 'delivery-work' }],
      matchedTerms: [],
      topics: ['alexa'],
    },
  })),
  pageLabel: 'Echo Dot',
};

/** Everything a reader sees or hears: the text, and the names and hints in attributes. */
function said(container: Element): string {
  const attributes = Array.from(container.querySelectorAll('[aria-label], [title], [placeholder]')).flatMap(
    (element) => ['aria-label', 'title', 'placeholder'].map((name) => element.getAttribute(name) ?? ''),
  );
  return [container.textContent ?? '', ...attributes].join('\n');
}

/**
 * Pieces of the other language's strings long enough to be unmistakable (placeholders split them). A
 * string left untranslated (the same in both files) counts as foreign in both views.
 */
function fragments(messages: Record<string, { message: string }>) {
  return Object.entries(messages).flatMap(([key, { message }]) =>
    message
      .split(/\$\d/)
      .map((piece) => piece.trim())
      .filter((piece) => piece.length >= 14)
      .map((piece) => ({ key, piece })),
  );
}

/** Keys that would show as themselves if a translation were missing (translatorFor returns the key). */
const keyLike = Object.keys(en).filter((key) => /[A-Z_]/.test(key));

const views: [string, (language: 'de' | 'en') => ComponentChildren][] = [
  ['panel', (language) => <PanelApp embedded uiLanguage={language} />],
  ['library', (language) => <LibraryApp uiLanguage={language} />],
  ['options', (language) => <OptionsApp uiLanguage={language} />],
  [
    'welcome',
    () => <WelcomeApp shortcut={() => Promise.resolve('Alt+Shift+K')} libraryHref="#l" settingsHref="#s" />,
  ],
];

beforeEach(async () => {
  fakeBrowser.reset();
  vi.mocked(sendMessage).mockResolvedValue({ ok: true, value: panelView(view, passageLookup(articles)) });
  await hidePassage({ scope: 'site', key: 'www.amazon.de' }, article.passages[3]!.id);
});

describe('both UIs are complete', () => {
  for (const [name, ui] of views) {
    for (const [language, t, own, foreign] of [
      ['de', germanT, de, en],
      ['en', englishT, en, de],
    ] as const) {
      it(`the ${name} page in ${language === 'de' ? 'German' : 'English'}: no untranslated key, none of the other language`, async () => {
        const { container } = renderWithStrings(ui(language), t);
        await waitFor(() => expect(container.textContent?.length).toBeGreaterThan(100));
        if (name === 'panel') {
          // Open what is closed: the why, and the rest of the first card.
          container.querySelectorAll('details').forEach((details) => (details.open = true));
          await screen.findAllByRole('button', { name: own.showLess.message });
        }
        if (name === 'options') await screen.findByText(own.optRestore.message);
        if (name === 'welcome') await screen.findByText('Alt+Shift+K');
        const text = said(container);
        for (const key of keyLike)
          expect(text, `untranslated ${key}`).not.toMatch(new RegExp(`\\b${key}\\b`));
        for (const { key, piece } of fragments(foreign))
          expect(text, `${key}: "${piece}"`).not.toContain(piece);
      });
    }
  }

  it('the library reading view in German has no English and a way back', async () => {
    location.hash = `#article=${article.id}`;
    const { container } = renderWithStrings(<LibraryApp uiLanguage="de" />, germanT);
    await screen.findAllByRole('link', { name: de.backToLibrary.message });
    const text = said(container);
    for (const { key, piece } of fragments(en)) expect(text, `${key}: "${piece}"`).not.toContain(piece);
    fireEvent.click(screen.getAllByRole('link', { name: de.backToLibrary.message })[0]!);
    location.hash = '';
  });
});
