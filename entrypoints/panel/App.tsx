import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import PassageCard from '../../components/PassageCard';
import PassageList, { ArticleGroup, groupByArticle } from '../../components/PassageList';
import SearchControls from '../../components/SearchControls';
import { useT } from '../../components/i18n';
import { plural } from '../../utils/plural';
import { describeReason } from '../../components/reason';
import { quoteWithSource } from '../../components/source';
import type { Engine } from '../../core/engine';
import type { Article, Passage, Topic, Why } from '../../core/types';
import { articles } from '../../seeds';
import { loadBundledEngine } from '../../utils/bundled-engine';
import { copyText } from '../../utils/clipboard';
import type { TabView } from '../../utils/messages';
import { listenToBackground, sendMessage } from '../../utils/messaging';
import { readingViewUrl } from '../../utils/page';
import type { HideScope } from '../../utils/settings-model';
import { getSettings, updateSettings } from '../../utils/settings';

const byId = new Map(
  articles.flatMap((article) => article.passages.map((passage) => [passage.id, { passage, article }])),
);

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

interface Shown {
  passage: Passage;
  article: Article;
  why?: Why;
  terms: readonly string[];
}

/** The panel: what fits this page, why, and a search over every bundled article. */
export default function App({ embedded, uiLanguage }: AppProps) {
  const t = useT();
  const [view, setView] = useState<TabView | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [query, setQuery] = useState('');
  const [topics, setTopics] = useState<Topic[]>([]);
  const [notice, setNotice] = useState<Notice | null>(null);
  const [siteOff, setSiteOff] = useState(false);
  const [shortcut, setShortcut] = useState('');
  const [engine, setEngine] = useState<Engine | null>(null);
  const [engineError, setEngineError] = useState(false);
  const engineLoad = useRef<Promise<void> | null>(null);
  const resultsRef = useRef<HTMLElement>(null);
  const undoRef = useRef<HTMLButtonElement>(null);

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
    // Load the search index while the user reads, so the first keystroke does not wait for it; typing
    // sooner starts it at once.
    const load = () => {
      engineLoad.current ??= loadBundledEngine().then(setEngine, () => setEngineError(true));
    };
    if (query.trim() !== '') load();
    const timer = window.setTimeout(load, 300);
    return () => window.clearTimeout(timer);
  }, [query]);

  useEffect(() => {
    if (notice?.kind === 'hidden') undoRef.current?.focus();
  }, [notice]);

  // Until the index is loaded (milliseconds) a query shows nothing new; the offer stays.
  const search = (text: string, within: readonly Topic[]) =>
    engine ? engine.search(text, { topics: within, limit: 20 }) : null;
  const results = useMemo(
    () => (query.trim() === '' ? null : search(query, topics)),
    [engine, query, topics],
  );
  /** With topics chosen and nothing found: how many the same search finds in every topic. */
  const withoutTopics = useMemo(
    () => (results?.length === 0 && topics.length > 0 ? (search(query, [])?.length ?? 0) : 0),
    [results, query, topics],
  );

  const offered: Shown[] = (view?.offered ?? []).flatMap((o) => {
    const found = byId.get(o.passageId);
    if (!found) return [];
    // The topic chips narrow the offer as they narrow a search.
    if (topics.length > 0 && !found.passage.topics.some((topic) => topics.includes(topic))) return [];
    return [{ ...found, why: o.why, terms: o.why.matchedTerms }];
  });
  const total = view?.offered.length ?? 0;

  const copy = (passage: Passage, article: Article) => {
    void copyText(quoteWithSource(passage.text, article, uiLanguage)).then((copied) =>
      setNotice({ kind: 'text', text: t(copied ? 'copied' : 'copyFailed') }),
    );
  };

  const hide = async (passage: Passage, scope: HideScope) => {
    if (!view) return;
    const answer = await sendMessage('hidePassage', { tabId: view.tabId, passageId: passage.id, scope });
    if (!answer.ok) return;
    setView(answer.value);
    setNotice({ kind: 'hidden', passageId: passage.id, scope, host: view.host });
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

  const cards = (shown: Shown[], hideable: boolean) => (
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
              onHide={hideable ? (passage) => void hide(passage, 'page') : undefined}
            />
          ))}
        </ArticleGroup>
      ))}
    </PassageList>
  );

  let count = '';
  if (results) count = plural(t, uiLanguage, 'resultsAnnouncement', results.length);
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
        {engineError && query.trim() !== '' && (
          <p role="alert" data-testid="search-failed">
            {t('searchFailed')}
          </p>
        )}
        {results ? (
          <section aria-labelledby="results-heading">
            <h2 id="results-heading">{t('searchResults')}</h2>
            {results.length === 0 ? (
              <div class="suggest" data-testid="no-results">
                <p>{t('noResultsFor', query.trim())}</p>
                {withoutTopics > 0 ? (
                  <button type="button" onClick={() => setTopics([])}>
                    {plural(t, uiLanguage, 'resultsAnnouncement', withoutTopics)}: {t('searchAllTopics')}
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
              cards(
                results.map((r) => ({ passage: r.passage, article: r.article, terms: r.why.matchedTerms })),
                false,
              )
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
                onClick={() => {
                  const found = byId.get(notice.passageId);
                  if (found) void hide(found.passage, 'site');
                }}
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
