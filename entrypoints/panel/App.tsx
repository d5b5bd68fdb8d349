import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import PassageCard from '../../components/PassageCard';
import PassageList from '../../components/PassageList';
import SearchControls from '../../components/SearchControls';
import { useT } from '../../components/i18n';
import { describeReason } from '../../components/reason';
import { quoteWithSource } from '../../components/source';
import type { Engine } from '../../core/engine';
import type { Article, Passage, Topic } from '../../core/types';
import { articles } from '../../seeds';
import { bundledEngine } from '../../utils/bundled-engine';
import type { TabView } from '../../utils/messages';
import { listenToBackground, sendMessage } from '../../utils/messaging';
import { readingViewUrl } from '../../utils/page';

const byId = new Map(
  articles.flatMap((article) => article.passages.map((passage) => [passage.id, { passage, article }])),
);

export interface AppProps {
  /** Shown in the page's iframe (with a close button), rather than the browser's side panel. */
  embedded: boolean;
  uiLanguage: 'de' | 'en';
}

/** The panel: what fits this page, why, and a search over every bundled article. */
export default function App({ embedded, uiLanguage }: AppProps) {
  const t = useT();
  const [view, setView] = useState<TabView | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [query, setQuery] = useState('');
  const [topics, setTopics] = useState<Topic[]>([]);
  const [announcement, setAnnouncement] = useState('');
  const engine = useRef<Engine | null>(null);
  const resultsRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    // The tab shown, to tell which changes concern this panel; unknown until the first answer.
    let shownTab: number | undefined;
    // The side panel shows the active tab of its own window, which the background cannot know: its
    // "current window" is whichever was focused last (two windows, two sidebars, two different tabs).
    const ownWindow = embedded ? Promise.resolve(undefined) : browser.windows.getCurrent().then((w) => w.id);
    const load = async () => {
      const windowId = await ownWindow;
      const answer = await sendMessage('getTabView', windowId === undefined ? {} : { windowId });
      shownTab = answer.ok ? answer.value.tabId : undefined;
      if (answer.ok) {
        setView(answer.value);
        setLoadError(null);
      } else setLoadError(answer.error);
    };
    void load();
    const stopListening = listenToBackground(
      ({ data }) => {
        if (shownTab === undefined || data.tabId === shownTab) void load();
      },
      () => void load(),
    );
    // As the browser's side panel, the panel follows the active tab of its window.
    const onActivated = ({ windowId }: { windowId: number }) => {
      void ownWindow.then((own) => {
        if (own === windowId) void load();
      });
    };
    if (!embedded) browser.tabs.onActivated.addListener(onActivated);
    return () => {
      stopListening();
      if (!embedded) browser.tabs.onActivated.removeListener(onActivated);
    };
  }, [embedded]);

  useEffect(() => {
    if (!embedded) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') void sendMessage('togglePanel', { open: false });
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [embedded]);

  useEffect(() => {
    // Load the search index while the user reads, so the first keystroke does not wait for it.
    const build = () => {
      engine.current ??= bundledEngine(articles);
    };
    const timer = window.setTimeout(build, 300);
    return () => window.clearTimeout(timer);
  }, []);

  const results = useMemo(() => {
    if (query.trim() === '') return null;
    engine.current ??= bundledEngine(articles);
    return engine.current.search(query, { topics, limit: 20 });
  }, [query, topics]);

  const offeredCount = view?.offered.length ?? 0;
  useEffect(() => {
    if (view) setAnnouncement(t('countAnnouncement', String(offeredCount)));
  }, [offeredCount, view !== null]);
  useEffect(() => {
    if (results) setAnnouncement(t('resultsAnnouncement', String(results.length)));
  }, [results?.length, query]);

  const copy = (passage: Passage, article: Article) => {
    navigator.clipboard
      .writeText(quoteWithSource(passage.text, article, uiLanguage, t))
      .then(() => setAnnouncement(t('copied')))
      .catch(() => setAnnouncement(t('copyFailed')));
  };

  const hide = async (passage: Passage) => {
    if (!view) return;
    const answer = await sendMessage('hidePassage', {
      tabId: view.tabId,
      host: view.host,
      passageId: passage.id,
    });
    if (answer.ok) setView(answer.value);
  };

  const toggleTopic = (topic: Topic) =>
    setTopics((current) =>
      current.includes(topic) ? current.filter((t) => t !== topic) : [...current, topic],
    );

  const focusFirstResult = () => resultsRef.current?.querySelector<HTMLElement>('[data-passage-id]')?.focus();

  return (
    <div class="panel">
      <header class="panel__header">
        <div>
          <h1>Kehrseite</h1>
          {view?.pageLabel && <p class="panel__page">{t('pageReadAs', view.pageLabel)}</p>}
        </div>
        {embedded && (
          <button
            type="button"
            class="panel__close"
            onClick={() => void sendMessage('togglePanel', { open: false })}
            aria-label={t('closePanel')}
          >
            ×
          </button>
        )}
      </header>
      <div class="visually-hidden" aria-live="polite" role="status">
        {announcement}
      </div>
      <SearchControls
        query={query}
        topics={topics}
        onQuery={setQuery}
        onToggleTopic={toggleTopic}
        onEnterResults={focusFirstResult}
      />
      <main ref={resultsRef}>
        {results ? (
          <section aria-labelledby="results-heading">
            <h2 id="results-heading">{t('searchResults')}</h2>
            {results.length === 0 ? (
              <p>{t('noResults')}</p>
            ) : (
              <PassageList label={t('searchResults')}>
                {results.map((result) => (
                  <PassageCard
                    key={result.passage.id}
                    passage={result.passage}
                    article={result.article}
                    terms={result.why.matchedTerms}
                    uiLanguage={uiLanguage}
                    readHref={readingViewUrl(result.article.id, result.passage.id)}
                    onCopy={copy}
                  />
                ))}
              </PassageList>
            )}
          </section>
        ) : view && view.offered.length > 0 ? (
          <section aria-labelledby="offered-heading">
            <h2 id="offered-heading">{t('offeredHeading', String(view.offered.length))}</h2>
            <PassageList label={t('offeredList')}>
              {view.offered.map((offered) => {
                const found = byId.get(offered.passageId);
                if (!found) return null;
                return (
                  <PassageCard
                    key={offered.passageId}
                    passage={found.passage}
                    article={found.article}
                    why={offered.why}
                    terms={offered.why.matchedTerms}
                    uiLanguage={uiLanguage}
                    readHref={readingViewUrl(found.article.id, found.passage.id)}
                    onCopy={copy}
                    onHide={(passage) => void hide(passage)}
                  />
                );
              })}
            </PassageList>
          </section>
        ) : (
          <section class="empty" aria-labelledby="empty-heading">
            <h2 id="empty-heading">{t('nothingHere')}</h2>
            <p>{t('nothingHereHint')}</p>
            {(view || loadError) && (
              <details>
                <summary>{t('whyNothing')}</summary>
                <p>{view ? describeReason(view.reason, t) : loadError}</p>
              </details>
            )}
          </section>
        )}
      </main>
      <footer class="panel__footer">
        <a href={browser.runtime.getURL('/library.html')} target="_blank" rel="noopener">
          {t('openLibrary')}
        </a>
        <a href={browser.runtime.getURL('/options.html')} target="_blank" rel="noopener">
          {t('openSettings')}
        </a>
      </footer>
    </div>
  );
}
