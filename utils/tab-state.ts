import type { PageContext, RankResult, Topic } from '../core/types';
import type { ExtensionReason, OfferedPassage, TabView } from './messages';

/**
 * Per-tab state as plain data: pure functions the background maps to the badge and the panel.
 * Persisted in storage.session so a restarted service worker knows what it showed.
 */

export interface TabRecord {
  view: TabView;
  /** The context the view was ranked from, to rank again when the user hides a passage. */
  context: PageContext | null;
}

export type TabStates = Record<string, TabRecord>;

/** The page cues in a few words, for the panel's header. */
export function pageLabel(context: PageContext | null): string {
  if (!context) return '';
  return (
    context.productTitle ??
    context.headline ??
    context.searchQuery ??
    context.categories[context.categories.length - 1] ??
    context.host
  ).slice(0, 140);
}

/** The view of a tab from a ranking, without hidden passages and switched-off topics, at most `limit`. */
export function viewFromResult(
  tabId: number,
  url: string,
  context: PageContext | null,
  result: RankResult | null,
  filter: { hidden: readonly string[]; topics: ReadonlySet<Topic>; limit: number },
  silentReason: ExtensionReason = { kind: 'notRead' },
): TabView {
  const offered: OfferedPassage[] = (result?.passages ?? [])
    .filter((p) => !filter.hidden.includes(p.passage.id))
    .filter((p) => p.passage.topics.some((topic) => filter.topics.has(topic)))
    .slice(0, filter.limit)
    .map((p) => ({ passageId: p.passage.id, articleId: p.article.id, score: p.score, why: p.why }));
  const host = context?.host ?? safeHost(url);
  return {
    tabId,
    url,
    host,
    site: context?.site ?? null,
    pageType: context?.pageType ?? null,
    silent: offered.length === 0,
    reason: result
      ? offered.length === 0 && !result.silent
        ? { kind: 'allHidden' }
        : result.reason
      : silentReason,
    offered,
    pageLabel: pageLabel(context),
  };
}

function safeHost(url: string): string {
  try {
    return new URL(url).hostname;
  } catch {
    return '';
  }
}

/** What the toolbar badge says for a tab: the count, or nothing. */
export function badgeText(view: TabView | undefined): string {
  return view && view.offered.length > 0 ? String(view.offered.length) : '';
}

export function withTab(states: TabStates, record: TabRecord): TabStates {
  return { ...states, [String(record.view.tabId)]: record };
}

export function withoutTab(states: TabStates, tabId: number): TabStates {
  const next = { ...states };
  delete next[String(tabId)];
  return next;
}
