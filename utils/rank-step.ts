import { quickReadSettles } from '../core/decide';
import type { Engine } from '../core/engine';
import type { PageContext, RankResult } from '../core/types';
import { articleFromData, type ArticleData } from '../extractors/news-quick';
import { gate, type PageRead } from './read-path';
import { modeForHost } from './settings-model';
import type { Settings } from './settings-types';

/** The ranking side's verdict on one read (utils/read-path.ts). */
export type ReadVerdict =
  /**
   * The cheap read did not settle the page: send the full read. Its ranking is what the page shows
   * until then, when it is not silent: the launcher need not wait for Readability (issue 12).
   */
  | { kind: 'read-in-full'; context: PageContext; result: RankResult }
  /** Nothing to read: the gate or the adapter found no page for Kehrseite. */
  | { kind: 'unread' }
  /** The user switched Kehrseite off on this site, or snoozed it. */
  | { kind: 'off'; context: PageContext }
  | { kind: 'ranked'; context: PageContext; result: RankResult };

/** Article data a hostile page crafted so that building it throws is a page with nothing to offer. */
function articleSafely(article: ArticleData, url: URL): PageContext | null {
  try {
    return articleFromData(article, url);
  } catch {
    return null;
  }
}

/**
 * The ranking side of the read path, the same in the background and in the CLIs. A cheap read settles
 * a page only when it names neither company nor a strong concept and the engine is silent on it;
 * anything else is read in full, and ranked again on that read.
 */
export function rankRead(engine: Engine, read: PageRead, settings: Settings, now: number): ReadVerdict {
  const url = new URL(read.url);
  const context = read.article ? articleSafely(read.article, url) : read.context;
  if (!context) return { kind: 'unread' };
  // The page side checked the mode too, but the settings may have changed since it read them, or it
  // read the page before reading them (entrypoints/content/controller.ts).
  if (modeForHost(settings, context.host, now) === 'off') return { kind: 'off', context };
  if (gate(url, settings, now, read.requested) === null) return { kind: 'unread' };
  const result = engine.rank(context);
  if (read.partial && (!result.silent || !quickReadSettles(context))) {
    return { kind: 'read-in-full', context, result };
  }
  return { kind: 'ranked', context, result };
}
