import { browser } from 'wxt/browser';
import type { LauncherEdge } from '../../components/launcher';
import type { PageContext } from '../../core/types';
import { extractAlibaba } from '../../extractors/alibaba';
import { extractAmazon } from '../../extractors/amazon';
import { detect } from '../../extractors/gate';
import { extractNewsQuick } from '../../extractors/news-quick';
import { onMessage, sendMessage } from '../../utils/messaging';
import { ok } from '../../utils/result';
import { SETTINGS_KEY, modeForHost, parseSettings } from '../../utils/settings-model';
import type { Settings } from '../../utils/settings-types';
import { createLifetime, type Lifetime } from './lifetime';
import { mountSidebar, removeStaleSidebars, type Sidebar } from './sidebar';

/** Set by the news extractor script (news-extractor.js) once the background injected it. */
type NewsExtractor = (doc: Document, url: URL) => PageContext | null;
const globalScope = globalThis as { kehrseiteExtractNews?: NewsExtractor };

/** Where the launcher's edge is remembered (storage.local, read directly to keep this script small). */
const EDGE_KEY = 'launcherEdge';

const readSettings = async () => parseSettings((await browser.storage.local.get(SETTINGS_KEY))[SETTINGS_KEY]);

/** Waits this long after a single-page navigation, so the page has rendered its new content. */
const SETTLE_MS = 400;

/**
 * detect -> extract -> send the context -> show the launcher. Runs once per page and again on
 * single-page navigation or a settings change. When the extension is reloaded or updated under an open
 * tab, the lifetime ends: the launcher and panel go, and nothing runs or throws afterwards.
 */
export function startContent(lifetime: Lifetime = createLifetime()) {
  let sidebar: Sidebar | null = null;
  let state = { count: 0, open: false, edge: 'right' as LauncherEdge };
  // Set once the user asked for this page through the toolbar button or the command.
  let analyseAnySite = false;
  let run = 0;

  const show = () => {
    if (state.count === 0 || !lifetime.isValid()) {
      sidebar?.remove();
      sidebar = null;
      return;
    }
    sidebar ??= mountSidebar({
      onToggle: () => setOpen(!state.open),
      onMoveEdge: (edge) => {
        state = { ...state, edge };
        void browser.storage.local.set({ [EDGE_KEY]: edge });
        show();
      },
    });
    sidebar.update(state);
  };

  const setOpen = (open: boolean) => {
    state = { ...state, open: open && state.count > 0 };
    show();
    return state.open;
  };

  /** The page's context; `quick` for an article's first read, which the background may ask to complete. */
  const readPage = async (known?: Settings): Promise<{ context: PageContext | null; quick?: boolean }> => {
    const url = new URL(location.href);
    const settings = known ?? (await readSettings());
    if (modeForHost(settings, url.hostname, Date.now()) === 'off') return { context: null };
    const kind = detect(url, {
      anySite: settings.anySiteArticles || analyseAnySite,
      newsDetection: settings.newsDetection || analyseAnySite,
    });
    if (kind === 'amazon') return { context: extractAmazon(document, url) };
    if (kind === 'alibaba') return { context: extractAlibaba(document, url) };
    if (kind !== 'news') return { context: null };
    const quick = extractNewsQuick(document, url);
    return quick ? { context: quick, quick: true } : { context: null };
  };

  /** The full read of an article: Readability, loaded into pages whose quick read did not settle them. */
  const readArticleInFull = async (): Promise<PageContext | null> => {
    if (!globalScope.kehrseiteExtractNews) {
      const loaded = await sendMessage('loadNewsExtractor', {});
      if (!loaded.ok) return null;
    }
    return globalScope.kehrseiteExtractNews?.(document, new URL(location.href)) ?? null;
  };

  /** `settings` when the caller has just read them (the first run reads them with the edge, in one call). */
  const analyse = async (settings?: Settings): Promise<number> => {
    const mine = ++run;
    // A page the adapters cannot read is a page with nothing to offer.
    const read = await readPage(settings).catch(() => ({ context: null, quick: false }));
    if (!lifetime.isValid()) return state.count;
    let answer = await sendMessage('pageContext', { ...read, url: location.href });
    if (answer.ok && answer.value.readInFull && mine === run && lifetime.isValid()) {
      const context = await readArticleInFull().catch(() => null);
      answer = await sendMessage('pageContext', { context, url: location.href });
    }
    if (mine !== run || !lifetime.isValid()) return state.count;
    const count = answer.ok ? answer.value.count : 0;
    const open = count > 0 && (state.open || (answer.ok && answer.value.mode === 'panel'));
    state = { ...state, count, open };
    show();
    return count;
  };

  onMessage('togglePanel', ({ open }) => ok({ open: setOpen(open ?? !state.open) }));
  onMessage('showCount', ({ count }) => {
    state = { ...state, count, open: state.open && count > 0 };
    show();
    return ok(null);
  });
  onMessage('analyseNow', async () => {
    analyseAnySite = true;
    return ok({ count: await analyse() });
  });

  let cancelSettle: (() => void) | undefined;
  lifetime.onLocationChange(() => {
    cancelSettle?.();
    cancelSettle = lifetime.setTimeout(() => void analyse(), SETTLE_MS);
  });
  const onStorageChange = (changes: Record<string, unknown>, area: string) => {
    if (area === 'local' && SETTINGS_KEY in changes) void analyse();
  };
  browser.storage.onChanged.addListener(onStorageChange);
  lifetime.onEnd(() => {
    sidebar?.remove();
    sidebar = null;
  });
  // A launcher left by an instance of an extension that has since been reloaded is not ours to keep.
  removeStaleSidebars();

  void browser.storage.local.get([EDGE_KEY, SETTINGS_KEY]).then((stored) => {
    state = { ...state, edge: stored[EDGE_KEY] === 'left' ? 'left' : 'right' };
    return analyse(parseSettings(stored[SETTINGS_KEY]));
  });
}
