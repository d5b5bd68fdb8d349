import type { PageContext, PageType, Reason, Site, Why } from '../core/types';
import type { SiteMode } from './settings-types';
import type { Result } from './result';

/** A passage the engine offered for a tab, by id: the panel resolves the text from the bundled corpus. */
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

/**
 * The one message schema between content script, background and extension pages. Each entry: who
 * sends it to whom, its payload, and the Result it is answered with.
 */
export interface ProtocolMap {
  /**
   * content -> background: the page's context (null: nothing here for us). Answers the count to show
   * and whether the site's mode opens the panel by itself. A `quick` context (an article's first read,
   * extractors/news-quick.ts) that does not settle the page is answered with `readInFull`, and nothing is
   * recorded until the full read arrives.
   */
  pageContext(data: {
    context: PageContext | null;
    url: string;
    quick?: boolean;
  }): Result<{ count: number; mode: SiteMode; readInFull?: boolean }>;
  /** content -> background: inject the news extractor (Readability) into the sender's tab, which passed the gate. */
  loadNewsExtractor(data: Record<string, never>): Result<null>;
  /** panel / side panel -> background: the state of a tab (the sender's tab, or the active tab when omitted). */
  getTabView(data: { tabId?: number }): Result<TabView>;
  /** panel -> background: hide a passage on this host for good ("not relevant here"). */
  hidePassage(data: { tabId: number; host: string; passageId: string }): Result<TabView>;
  /** panel -> background -> content, or background -> content (toolbar, command): open or close the in-page panel. */
  togglePanel(data: { open?: boolean; tabId?: number }): Result<{ open: boolean }>;
  /** background -> content: analyse this page now, whatever its host (toolbar or command through activeTab). */
  analyseNow(data: Record<string, never>): Result<{ count: number }>;
  /** background -> content: the count changed without a new page (a passage was hidden). */
  showCount(data: { count: number }): Result<null>;
  /** background -> extension pages: a tab's view changed; panels showing it ask again. */
  tabViewChanged(data: { tabId: number }): Result<null>;
}
