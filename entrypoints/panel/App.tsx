import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import PassageCard from '../../components/PassageCard';
import PassageList, { ArticleGroup, groupByArticle } from '../../components/PassageList';
import SearchControls from '../../components/SearchControls';
import { useT } from '../../components/i18n';
import { plural } from '../../utils/plural';
import { describeReason } from '../../components/reason';
import { quoteWithSource } from '../../components/source';
import type { Passage, Topic } from '../../core/types';
import { copyText } from '../../utils/clipboard';
import type { ArticleInfo, PanelView, SearchAnswer, ShownPassage } from '../../utils/messages';
import { listenToBackground, sendMessage } from '../../utils/messaging';
import { readingViewUrl } from '../../utils/page';
import type { HideScope } from '../../utils/settings-model';
import { getSettings, updateSettings } from '../../utils/settings';

/** Searches that find passages, offered when a query finds none. */
const SUGGESTIONS = ['Lauschsprecher', 'Lager', 'Daten', 'Alibaba'];

export interface AppProps {
  /** Shown in the page's iframe (with a close button), rather than the browser's side panel. */
  embedded: boolean;
  uiLanguage: 'de' | 'en';
}

/** What the bar at the bottom says after an action, with the way to undo it. */
type Notice =
  { kind: 'text'; text: string } | { kind: 'hidden'; passageId: string; scope: HideScope; host: string };

/**
 * The panel: what fits this page, why, and a search over every bundled article. The background
 * resolves passages and searches (it holds the corpus): the panel bundles no corpus, so it loads fast
 * enough to be prepared while the launcher shows, and holds only what it shows.
 */
export default function App({ embedded, uiLanguage }: AppProps) {
  const t = useT();
  const [view, setView] = useState<PanelView | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [query, setQuery] = useState('');
  const [topics, setTopics] = useState<Topic[]>([]);
  const [notice, setNotice] = useState<Notice | null>(null);
  const [siteOff, setSiteOff] = useState(false);
  const [shortcut, setShortcut] = useState('');
  /** The last search answered, with the query it answers (the box may hold a newer one meanwhile). */
  const [results, setResults] = useState<(SearchAnswer & { query: string }) | null>(null);
  const [searchError, setSearchError] = useState(false);
  const resultsRef = useRef<HTMLElement>(null);
  const undoRef = useRef<HTMLButtonElement>(null);

  // A layout effect, so the view is asked for at once: the panel is prepared in a hidden frame, which
  // paints no frames, and a plain effect would wait for a frame (Preact falls back to 100 ms).
  useLayoutEffect(() => {
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
    // The shortcut as the user set it (chrome://extensions/shortcuts may have changed it).
    void Promise.resolve()
      .then(() => browser.commands.getAll())
      .then((commands) => setShortcut(commands.find((c) => c.name === 'toggle-sidebar')?.shortcut ?? ''))
      .catch(() => undefined);
  }, []);

  useEffect(() => {
    if (!view?.host) return;
    void getSettings().then((settings) => setSiteOff(settings.siteModes[view.host] === 'off'));
  }, [view?.host, view?.reason.kind]);

  useEffect(() => {
    if (!embedded) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') void sendMessage('togglePanel', { open: false });
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [embedded]);

  useEffect(() => {
    if (query.trim() === '') {
      setResults(null);
      return;
    }
    // Until the answer comes (milliseconds) the previous results or the offer stay; an answer to an
    // older query or topic choice is dropped.
    let current = true;
    void sendMessage('search', { query, topics }).then((answer) => {
      if (!current) return;
      setSearchError(!answer.ok);
      if (answer.ok) setResults({ ...answer.value, query: query.trim() });
    });
    return () => {
      current = false;
    };
  }, [query, topics]);

  useEffect(() => {
    if (notice?.kind === 'hidden') undoRef.current?.focus();
  }, [notice]);

  // The topic chips narrow the offer as they narrow a search.
  const offered = (view?.shown ?? []).filter(
    ({ passage }) => topics.length === 0 || passage.topics.some((topic) => topics.includes(topic)),
  );
  const total = view?.offered.length ?? 0;

  const copy = (passage: Passage, article: ArticleInfo) => {
    void copyText(quoteWithSource(passage.text, article, uiLanguage)).then((copied) =>
      setNotice({ kind: 'text', text: t(copied ? 'copied' : 'copyFailed') }),
    );
  };

  const hide = async (passageId: string, scope: HideScope) => {
    if (!view) return;
    const answer = await sendMessage('hidePassage', { tabId: view.tabId, passageId, scope });
    if (!answer.ok) return;
    setView(answer.value);
    setNotice({ kind: 'hidden', passageId, scope, host: view.host });
  };

  const restore = async (passageId?: string) => {
    if (!view) return;
    const answer = await sendMessage('restorePassage', { tabId: view.tabId, passageId });
    if (!answer.ok) return;
    setView(answer.value);
    setNotice({ kind: 'text', text: t('restored') });
    const card =
      passageId &&
      resultsRef.current?.querySelector<HTMLElement>(`[data-passage-id="${CSS.escape(passageId)}"]`);
    if (card) card.focus();
  };

  const switchSite = async (off: boolean) => {
    if (!view?.host) return;
    const { siteModes } = await getSettings();
    const next = { ...siteModes };
    if (off) next[view.host] = 'off';
    else delete next[view.host];
    await updateSettings({ siteModes: next });
    setSiteOff(off);
    setNotice({ kind: 'text', text: t(off ? 'siteSwitchedOff' : 'siteSwitchedOn', view.host) });
  };

  const toggleTopic = (topic: Topic) =>
    setTopics((current) =>
      current.includes(topic) ? current.filter((t) => t !== topic) : [...current, topic],
    );

  const focusFirstResult = () => resultsRef.current?.querySelector<HTMLElement>('[data-passage-id]')?.focus();

  const cards = (shown: readonly ShownPassage[], hideable: boolean) => (
    <PassageList>
      {groupByArticle(shown).map((group, groupIndex) => (
        <ArticleGroup key={group.article.id} article={group.article} uiLanguage={uiLanguage}>
          {group.items.map((item, index) => (
            <PassageCard
              key={item.passage.id}
              passage={item.passage}
              article={item.article}
              why={item.why}
              terms={item.terms}
              uiLanguage={uiLanguage}
              initiallyExpanded={groupIndex === 0 && index === 0}
              readHref={readingViewUrl(item.article.id, item.passage.id)}
              onCopy={copy}
              onHide={hideable ? (passage) => void hide(passage.id, 'page') : undefined}
            />
          ))}
        </ArticleGroup>
      ))}
    </PassageList>
  );

  let count = '';
  if (results) count = plural(t, uiLanguage, 'resultsAnnouncement', results.found.length);
  else if (view && total > 0)
    count =
      topics.length > 0
        ? plural(t, uiLanguage, 'filteredCount', total, [String(offered.length)])
        : plural(t, uiLanguage, 'countAnnouncement', total);

  return (
    <div class="panel">
      <header class="panel__header">
        <div class="panel__bar">
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
              title={t('closePanel')}
            >
              ×
            </button>
          )}
        </div>
        <SearchControls
          query={query}
          topics={topics}
          onQuery={setQuery}
          onToggleTopic={toggleTopic}
          onEnterResults={focusFirstResult}
        />
        <p class="panel__count" aria-live="polite" data-testid="result-count">
          {count}
        </p>
      </header>
      <main ref={resultsRef}>
        {searchError && query.trim() !== '' && (
          <p role="alert" data-testid="search-failed">
            {t('searchFailed')}
          </p>
        )}
        {results ? (
          <section aria-labelledby="results-heading">
            <h2 id="results-heading">{t('searchResults')}</h2>
            {results.found.length === 0 ? (
              <div class="suggest" data-testid="no-results">
                <p>{t('noResultsFor', results.query)}</p>
                {results.withoutTopics > 0 ? (
                  <button type="button" onClick={() => setTopics([])}>
                    {plural(t, uiLanguage, 'resultsAnnouncement', results.withoutTopics)}:{' '}
                    {t('searchAllTopics')}
                  </button>
                ) : (
                  <p>
                    {t('suggestTry')}{' '}
                    {SUGGESTIONS.map((word) => (
                      <button key={word} type="button" class="chip" lang="de" onClick={() => setQuery(word)}>
                        {word}
                      </button>
                    ))}
                  </p>
                )}
              </div>
            ) : (
              cards(results.found, false)
            )}
          </section>
        ) : view && total > 0 ? (
          <section aria-labelledby="offered-heading">
            <h2 id="offered-heading">{t('offeredList')}</h2>
            {offered.length === 0 ? (
              <p>
                {t('noneInTopics')}{' '}
                <button type="button" onClick={() => setTopics([])}>
                  {t('showAllTopics')}
                </button>
              </p>
            ) : (
              cards(offered, true)
            )}
          </section>
        ) : (
          (view || loadError) && (
            <section class="empty" aria-labelledby="empty-heading" data-testid="why-nothing">
              <h2 id="empty-heading">{t('whyNothingHeading')}</h2>
              <p class="empty__reason">{view ? describeReason(view.reason, t) : t('reasonBrowserPage')}</p>
              {view?.reason.kind === 'allHidden' && (
                <button type="button" onClick={() => void restore()}>
                  {t('restoreHiddenHere')}
                </button>
              )}
              <p>{t('nothingHereHint')}</p>
            </section>
          )
        )}
      </main>
      <div class={notice ? 'toast toast--shown' : 'toast'}>
        <p role="status" class="toast__text">
          {notice?.kind === 'text' && notice.text}
          {notice?.kind === 'hidden' &&
            (notice.scope === 'site' ? t('hiddenOnSite', notice.host) : t('hiddenOnPage'))}
        </p>
        {notice?.kind === 'hidden' && (
          <div class="toast__actions">
            <button
              type="button"
              ref={undoRef}
              data-testid="undo-hide"
              onClick={() => void restore(notice.passageId)}
            >
              {t('undoHide')}
            </button>
            {notice.scope === 'page' && notice.host && (
              <button
                type="button"
                data-testid="hide-on-site"
                onClick={() => void hide(notice.passageId, 'site')}
              >
                {t('hideOnSite', notice.host)}
              </button>
            )}
          </div>
        )}
        {notice && (
          <button
            type="button"
            class="toast__close"
            aria-label={t('dismiss')}
            onClick={() => setNotice(null)}
          >
            ×
          </button>
        )}
      </div>
      <footer class="panel__footer">
        <a href={browser.runtime.getURL('/library.html')} target="_blank" rel="noopener">
          {t('openLibrary')}
        </a>
        <a href={browser.runtime.getURL('/options.html')} target="_blank" rel="noopener">
          {t('openSettings')}
        </a>
        {view?.host && (
          <button type="button" data-testid="site-switch" onClick={() => void switchSite(!siteOff)}>
            {t(siteOff ? 'switchOnSite' : 'switchOffSite', view.host)}
          </button>
        )}
        {shortcut && <p class="panel__shortcut">{t('shortcutLine', shortcut)}</p>}
      </footer>
    </div>
  );
}
