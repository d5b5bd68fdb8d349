import { browser } from 'wxt/browser';
import type { LauncherEdge } from '../../components/launcher';
import type { PageReader } from '../../extractors/registry';
import type { PageAnswer } from '../../utils/messages';
import { onMessages, sendMessage, type Handlers } from '../../utils/messaging';
import { EDGE_KEY, parseEdge } from '../../utils/launcher-edge';
import {
  FULL_READER_GLOBAL,
  finishRead,
  needsFullRead,
  readCheap,
  type FullReaderScope,
  type PageRead,
  type ReadTransport,
} from '../../utils/read-path';
import { err, ok, type Result } from '../../utils/result';
import { SETTINGS_KEY, parseSettings } from '../../utils/settings-model';
import { createLifetime, pageNavigation, type Lifetime } from './lifetime';
import { mountSidebar, removeStaleSidebars, type Sidebar } from './sidebar';

const readSettings = async () => parseSettings((await browser.storage.local.get(SETTINGS_KEY))[SETTINGS_KEY]);

/** The full reader, injected into this tab by the background on first use (entrypoints/news-extractor.ts). */
async function loadFullReader(): Promise<PageReader | null> {
  const scope = globalThis as FullReaderScope;
  if (!scope[FULL_READER_GLOBAL]) {
    const loaded = await sendMessage('loadFullReader', {});
    if (!loaded.ok) return null;
  }
  return scope[FULL_READER_GLOBAL] ?? null;
}

const answerAsksFullRead = (answer: Result<PageAnswer>) => answer.ok && answer.value.readInFull;

/**
 * The content script's side of the read path (utils/read-path.ts): the ranking side is the background,
 * reached by the pageContext message, and the full reader is injected into this tab by it. `send` and
 * `load` are the messages; tests pass the background's handler and the full reader directly.
 */
export function contentTransport(
  send: (read: PageRead) => Promise<Result<PageAnswer>> = (read) => sendMessage('pageContext', read),
  load: () => Promise<PageReader | null> = loadFullReader,
  beforeFullRead?: (answer: Result<PageAnswer>) => Promise<void>,
): ReadTransport<Result<PageAnswer>> {
  return {
    rank: send,
    wantsFullRead: answerAsksFullRead,
    loadFullReader: load,
    beforeFullRead,
  };
}

/** Resolves once the page has painted what was just changed (the launcher), before long work. */
const afterNextPaint = () =>
  new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));

/** Waits this long after a single-page navigation, so the page has rendered its new content. */
const SETTLE_MS = 400;

/** The content script's life beyond its first read: made when the page shows, is asked, or navigates. */
interface Controller {
  lifetime: Lifetime;
  /** The first read and its answer, from startContent: shown, and read in full when the answer asks. */
  settleFirst(read: PageRead, answer: Result<PageAnswer>): void;
  handlers: Required<Pick<Handlers, 'togglePanel' | 'showCount' | 'analyseNow' | 'readAgain'>>;
}

/**
 * The launcher, the panel and every read after the first. When the extension is reloaded or updated
 * under an open tab, the lifetime ends: the launcher and panel go, and nothing runs or throws afterwards.
 */
function createController(lifetime: Lifetime): Controller {
  let sidebar: Sidebar | null = null;
  let removedOnEnd = false;
  let state = { count: 0, open: false, edge: 'right' as LauncherEdge };
  // Set once the user asked for this page through the toolbar button or the command.
  let analyseAnySite = false;
  let run = 0;

  // The launcher shows when passages are offered; the panel also opens on a silent page when the user
  // asks (toolbar button, command), to say why nothing is offered there.
  const show = () => {
    if ((state.count === 0 && !state.open) || !lifetime.isValid()) {
      sidebar?.remove();
      sidebar = null;
      return;
    }
    if (!sidebar) {
      sidebar = mountSidebar({
        onToggle: () => setOpen(!state.open),
        onMoveEdge: (edge) => {
          state = { ...state, edge };
          void browser.storage.local.set({ [EDGE_KEY]: edge });
          show();
        },
      });
      // Only a page that shows something waits for the extension to go away (lifetime.ts).
      if (!removedOnEnd) {
        removedOnEnd = true;
        lifetime.onEnd(() => {
          sidebar?.remove();
          sidebar = null;
        });
      }
    }
    sidebar.update(state);
  };

  const setOpen = (open: boolean) => {
    state = { ...state, open };
    show();
    return state.open;
  };

  // The launcher's edge, read only once there is a launcher to place: a silent page never asks.
  let edgeRead: Promise<void> | undefined;
  const readEdge = () =>
    (edgeRead ??= browser.storage.local
      .get(EDGE_KEY)
      .then((stored) => {
        state = { ...state, edge: parseEdge(stored[EDGE_KEY]) };
      })
      .catch(() => undefined));

  /** Finishes read number `mine` from the answer to its cheap read, and shows what it comes to. */
  const settle = async (mine: number, read: PageRead, first: Result<PageAnswer>): Promise<number> => {
    // A read overtaken by a newer one (a single-page navigation meanwhile) must not record its page.
    const current = () => mine === run && lifetime.isValid();
    const send = (next: PageRead) =>
      current() ? sendMessage('pageContext', next) : Promise.resolve(err('a newer read took over'));
    const showAnswer = async (answer: Result<PageAnswer>) => {
      const count = answer.ok ? answer.value.count : 0;
      // The background's answer says where the launcher sits when it offers passages.
      if (answer.ok && answer.value.edge) state = { ...state, edge: answer.value.edge };
      else if (count > 0 || state.open) await readEdge();
      if (!current()) return;
      // An open panel stays open when the count drops to none: it says why, and can undo a hide.
      const open = state.open || (count > 0 && answer.ok && answer.value.mode === 'panel');
      state = { ...state, count, open };
      show();
    };
    // An article the cheap read did not settle: its launcher first (when the cheap read offers
    // passages), then the full reader, once the page has painted it.
    const beforeFullRead = async (answer: Result<PageAnswer>) => {
      await showAnswer(answer);
      if (sidebar) await afterNextPaint();
    };
    const answer = await finishRead(
      document,
      read,
      first,
      contentTransport(send, loadFullReader, beforeFullRead),
    );
    if (!current()) return state.count;
    await showAnswer(answer);
    return state.count;
  };

  /** Reads the page again, with its settings (the first read did not wait for them). */
  const analyse = async (): Promise<number> => {
    const mine = ++run;
    const settings = await readSettings();
    const read = readCheap(document, new URL(location.href), {
      settings,
      now: Date.now(),
      requested: analyseAnySite,
    });
    const answer =
      mine === run && lifetime.isValid()
        ? await sendMessage('pageContext', read)
        : err('a newer read took over');
    return settle(mine, read, answer);
  };

  let cancelSettle: (() => void) | undefined;
  lifetime.onLocationChange(() => {
    cancelSettle?.();
    cancelSettle = lifetime.setTimeout(() => void analyse(), SETTLE_MS);
  });

  return {
    lifetime,
    settleFirst(read, answer) {
      // Not when a read of the controller's own (asked for, or after a navigation) has begun since, nor
      // when the page has navigated while the answer was on its way: the read after it is due.
      if (run === 0 && location.href === read.url) void settle(++run, read, answer);
    },
    handlers: {
      togglePanel: ({ open }) => ok({ open: setOpen(open ?? !state.open) }),
      showCount: ({ count }) => {
        state = { ...state, count };
        show();
        return ok(null);
      },
      analyseNow: async () => {
        analyseAnySite = true;
        return ok({ count: await analyse() });
      },
      // Settings or hidden passages changed: the background tells, so this script never watches storage.
      readAgain: () => {
        void analyse();
        return ok(null);
      },
    },
  };
}

/** Whether the first read's answer needs the controller: a launcher to show, or a full read to make. */
const answerShows = (read: PageRead, answer: Result<PageAnswer>) =>
  (answer.ok && answer.value.count > 0) || needsFullRead(read, answer, { wantsFullRead: answerAsksFullRead });

/**
 * Sends the first read and hands its answer on. A function of its own so that the read is held only
 * until the answer comes: a closure of startContent would keep it as long as the page's listeners live.
 */
function offerFirstRead(read: PageRead, answered: (read: PageRead, answer: Result<PageAnswer>) => void) {
  void sendMessage('pageContext', read).then((answer) => answered(read, answer));
}

/**
 * detect -> extract -> send the context, in one straight run, as the first thing on every page: most
 * pages the script runs on are silent, and on those it should cost little more than the least a content
 * script can do (issue 12). The page is read without waiting for its settings; the background gates the
 * read again with the settings it holds in memory (utils/rank-step.ts). The controller (launcher,
 * panel, later reads, the lifetime and its clock) is made only when the answer shows something, the
 * background asks (toolbar button, command, changed settings) or the page navigates; until then a
 * silent page holds one messages listener and one navigation listener.
 */
export function startContent(
  makeLifetime: (startUrl: string) => Lifetime = (startUrl) => createLifetime(undefined, startUrl),
): void {
  const startUrl = location.href;
  const navigation = pageNavigation();
  let controller: Controller | undefined;
  const wake = (): Controller => {
    if (controller) return controller;
    navigation?.removeEventListener('navigate', onNavigate);
    return (controller = createController(makeLifetime(startUrl)));
  };
  function onNavigate() {
    wake().lifetime.noticeNavigation();
  }
  // The toolbar button and the command ask a silent page too; the background tells of changed settings.
  onMessages({
    togglePanel: (...message) => wake().handlers.togglePanel(...message),
    showCount: (...message) => wake().handlers.showCount(...message),
    analyseNow: (...message) => wake().handlers.analyseNow(...message),
    readAgain: (...message) => wake().handlers.readAgain(...message),
  });
  // Without the Navigation API, the lifetime's clock watches the URL from the start.
  if (navigation) navigation.addEventListener('navigate', onNavigate);
  else wake();
  offerFirstRead(
    readCheap(document, new URL(startUrl), { settings: null, now: Date.now() }),
    (read, answer) => {
      if (controller || answerShows(read, answer)) wake().settleFirst(read, answer);
    },
  );
}

/**
 * Starts the content script once the document is parsed: when its readiness turns `interactive`. That
 * is the moment DOMContentLoaded follows at once on a page without deferred scripts, and before them on
 * a page with some (a framework's bundles, fetched and run before DOMContentLoaded), so the page's
 * read and its round trip to the worker overlap their loading instead of waiting behind it. Far
 * earlier than `document_end`, which Chromium runs in a task of its own after DOMContentLoaded, behind
 * the page's work (39 ms median, 108 ms p95 after DOMContentLoaded, issue 12). Injected later
 * (toolbar button, the any-site script at `document_idle`), it starts at once. The listener is on the
 * window in the capture phase, added before any page script runs, so no page listener can stop the
 * event before it; a page's own dispatch of the event (untrusted) is ignored.
 */
export function startWhenParsed(start: () => void = () => startContent()): void {
  if (document.readyState !== 'loading') {
    // Injected into a parsed page: a launcher left there by an instance of an extension that has since
    // been reloaded is not ours to keep. A document seen from the start of its parsing holds none, so
    // the pages the manifest matches are spared the search.
    removeStaleSidebars();
    start();
    return;
  }
  const onParsed = (event: Event) => {
    if (!event.isTrusted || document.readyState === 'loading') return;
    window.removeEventListener('readystatechange', onParsed, true);
    start();
  };
  window.addEventListener('readystatechange', onParsed, true);
}
