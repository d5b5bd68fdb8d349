import type { Article, PageType, Passage, Reason, Site, Topic, Why } from '../core/types';
import type { LauncherEdge } from './launcher-edge';
import type { PageRead } from './read-path';
import type { SenderRole } from './sender';
import type { HideScope } from './settings-model';
import type { SiteMode } from './settings-types';
import type { Result } from './result';

/** A passage the engine offered for a tab, by id; the background resolves it for the panel (PanelView). */
export interface OfferedPassage {
  passageId: string;
  articleId: string;
  score: number;
  why: Why;
}

/** A reason the extension gives before the engine ranks a page, or after it filters the offer. */
export type ExtensionReason =
  /** Not a page Kehrseite reads (no shop or article found). */
  | { kind: 'notRead' }
  /** The user switched Kehrseite off for this site, or snoozed it. */
  | { kind: 'switchedOff' }
  /** Passages fit, but each is hidden on this site or its topic is switched off. */
  | { kind: 'allHidden' };

/** Why a tab shows what it shows: the engine's reason or the extension's, as data the panel words. */
export type ViewReason = Reason | ExtensionReason;

/** What the background knows about one tab: a plain, cloneable value. */
export interface TabView {
  tabId: number;
  url: string;
  host: string;
  site: Site | null;
  pageType: PageType | null;
  silent: boolean;
  /** Why nothing is offered, or what decided the topics (for the "Why nothing?" line in the panel). */
  reason: ViewReason;
  /** Best first; passages the user marked "not relevant here" and switched-off topics are removed. */
  offered: OfferedPassage[];
  /** The page cues in a few words (product title, headline), for the panel's header. */
  pageLabel: string;
}

/** An article as the panel shows it beside a passage: its source, without its other passages. */
export type ArticleInfo = Omit<Article, 'passages'>;

/**
 * A passage with its text and its article, resolved by the background, which holds the corpus: the
 * panel bundles no corpus, so its script stays small at any corpus size and a tab's panel holds only
 * what it shows.
 */
export interface ShownPassage {
  passage: Passage;
  article: ArticleInfo;
  /** Why it was offered; absent for search results. */
  why?: Why;
  /** Words to highlight in the text. */
  terms: readonly string[];
}

/** A tab's view as the panel gets it: the offered passages resolved, best first. */
export interface PanelView extends TabView {
  shown: ShownPassage[];
}

/** What a search over the whole corpus found for the panel. */
export interface SearchAnswer {
  found: ShownPassage[];
  /** With topics chosen and nothing found: how many the same search finds in every topic. */
  withoutTopics: number;
}

/** The background's answer to one read of a page. */
export interface PageAnswer {
  /** How many passages the launcher and badge show. */
  count: number;
  /** The site's mode: `panel` opens the panel by itself. */
  mode: SiteMode;
  /**
   * The cheap read did not settle the page: send the full read (utils/read-path.ts). `count` is then
   * the cheap read's offer, shown until the full read's answer replaces it.
   */
  readInFull: boolean;
  /**
   * Where the launcher sits, when passages are offered: the background keeps it in memory, so the
   * content script shows the launcher without a storage read of its own after this answer (issue 12:
   * that read took 10 to 370 ms on busy pages). Absent, the content script reads it itself.
   */
  edge?: LauncherEdge;
}

/**
 * The one message schema between content script, background and extension pages. Each entry: who
 * sends it to whom, its payload, and the Result it is answered with. Who may send each is in SENDERS.
 */
export interface ProtocolMap {
  /**
   * content -> background: one read of the page (utils/read-path.ts). A read answered with `readInFull`
   * is recorded only when it offers passages, until the full read that follows replaces it.
   */
  pageContext(data: PageRead): Result<PageAnswer>;
  /** content -> background: inject the full reader (Readability) into the sender's tab, which passed the gate. */
  loadFullReader(data: Record<string, never>): Result<null>;
  /**
   * panel / side panel -> background: the state of a tab: `tabId`, else the sender's tab (the embedded
   * panel), else the active tab of `windowId` (the side panel's own window), else of the current window.
   * Panels hear of changes through their port (PanelEvents), not by message.
   */
  getTabView(data: { tabId?: number; windowId?: number }): Result<PanelView>;
  /** panel -> background: hide a passage on the tab's page or its whole site ("not relevant here"). */
  hidePassage(data: { tabId: number; passageId: string; scope: HideScope }): Result<PanelView>;
  /**
   * panel -> background: show a hidden passage again on the tab's page and site (undo), or, without a
   * passage id, every passage hidden there.
   */
  restorePassage(data: { tabId: number; passageId?: string }): Result<PanelView>;
  /** panel -> background: search every bundled passage, within `topics` when any are chosen. */
  search(data: { query: string; topics: readonly Topic[] }): Result<SearchAnswer>;
  /** panel -> background -> content, or background -> content (toolbar, command): open or close the in-page panel. */
  togglePanel(data: { open?: boolean; tabId?: number }): Result<{ open: boolean }>;
  /** background -> content: analyse this page now, whatever its host (toolbar or command through activeTab). */
  analyseNow(data: Record<string, never>): Result<{ count: number }>;
  /** background -> content: the count changed without a new page (a passage was hidden). */
  showCount(data: { count: number }): Result<null>;
  /**
   * background -> content: the settings or the hidden passages changed (settings page, panel, another
   * window): read the page again with them.
   */
  readAgain(data: Record<string, never>): Result<null>;
}

/**
 * What the background tells open panels, over the port each panel opens (utils/messaging.ts
 * listenToBackground): only the background holds the other end, so only it can send these.
 *
 * COMPAT(firefox): not a runtime.sendMessage broadcast. Firefox gives an extension page embedded in a
 * web page the APIs of a content script when it runs in the page's process (Firefox for Android, or
 * desktop without site isolation): it never hears broadcasts and has no storage.session. A port it opens
 * reaches it in every browser and process layout.
 */
export interface PanelEvents {
  /** A tab's view changed; panels showing it ask again (getTabView). */
  tabViewChanged: { tabId: number };
}

/**
 * Who may send each message; the receiver refuses anyone else. A content script runs in a page that
 * is not ours, so it may only report on its own tab and ask for its own full reader: it cannot hide
 * passages, read other tabs or open panels.
 */
export const SENDERS: { readonly [K in keyof ProtocolMap]: readonly SenderRole[] } = {
  pageContext: ['content'],
  loadFullReader: ['content'],
  getTabView: ['panel'],
  hidePassage: ['panel'],
  restorePassage: ['panel'],
  search: ['panel'],
  togglePanel: ['panel', 'background'],
  analyseNow: ['background'],
  showCount: ['background'],
  readAgain: ['background'],
};
