import type { PageContext } from '../core/types';
import { detect, type SiteKind } from '../extractors/gate';
import type { ArticleData } from '../extractors/news-quick';
import { ADAPTERS, type PageReader, type SiteAdapter } from '../extractors/registry';
import { modeForHost } from './settings-model';
import type { Settings } from './settings-types';

/*
 * The one read path every caller takes: gate -> cheap adapter -> the ranking side decides -> (only if
 * it asks) the full reader -> the ranking side ranks. The extension runs the page side in its content
 * script and the ranking side in its background (utils/rank-step.ts), joined by the pageContext message;
 * the CLIs, the eval, the bench and the tests join the same two sides with a direct call.
 */

/** One read of a page, from the page side to the ranking side. */
export interface PageRead {
  url: string;
  /** Null: the gate or the adapter found nothing to read, or the page sent its `article` data instead. */
  context: PageContext | null;
  /** An article's quick read as data: the ranking side builds its context (news-quick.ts articleFromData). */
  article?: ArticleData;
  /** The cheap read of a page whose full reader can still be loaded: the ranking side may ask for it. */
  partial: boolean;
  /** The user asked for this page (toolbar button or command): the gate lets any host through. */
  requested: boolean;
}

/** How the page side reaches the ranking side, and loads the full reader when asked to. */
export interface ReadTransport<A> {
  /** A direct call in the CLIs; the pageContext message in the extension. */
  rank(read: PageRead): Promise<A>;
  /** Whether the ranking side's answer asks for the full read. */
  wantsFullRead(answer: A): boolean;
  /** The full reader, or null when it cannot be had (the extension injects it into the tab). */
  loadFullReader(): Promise<PageReader | null>;
  /**
   * Hears the cheap read's answer when a full read follows, before the full reader is loaded: the
   * extension shows the launcher on it (issue 12), the CLIs need only the last answer.
   */
  beforeFullRead?(answer: A): void | Promise<void>;
}

/** Where the injected full reader (entrypoints/news-extractor.ts) leaves itself for the content script. */
export const FULL_READER_GLOBAL = 'kehrseiteReadInFull';
export type FullReaderScope = { [FULL_READER_GLOBAL]?: PageReader };

/**
 * The gate: which adapter may read the page, from its host and the settings. `requested`: the user
 * asked for this page (toolbar button or command), so it is read whatever its host. Without settings
 * (the page side has not read them yet) every page the content script runs on passes: the ranking side
 * gates again with the settings it holds, so the page is never kept waiting for a storage read.
 */
export function gate(url: URL, settings: Settings | null, now: number, requested = false): SiteKind | null {
  if (!settings) return detect(url, { anySite: true, newsDetection: true });
  if (modeForHost(settings, url.hostname, now) === 'off') return null;
  return detect(url, {
    anySite: settings.anySiteArticles || requested,
    newsDetection: settings.newsDetection || requested,
  });
}

/** What the page side sends of a page: its context, or an article's data. */
type PageSide = Pick<PageRead, 'context' | 'article'>;

/** A page an adapter cannot read (it threw on hostile markup) is a page with nothing to offer. */
function readSafely(adapter: SiteAdapter, doc: Document, url: URL): PageSide {
  try {
    return 'collect' in adapter
      ? { context: null, article: adapter.collect(doc) }
      : { context: adapter.read(doc, url) };
  } catch {
    return { context: null };
  }
}

/**
 * The page side's first step: the gate and the cheap adapter, as the read sent to the ranking side.
 * `partial`: the cheap read found a page whose full reader can still be loaded (whether it found one
 * is known on the ranking side for article data).
 */
export function readCheap(
  doc: Document,
  url: URL,
  options: { settings: Settings | null; now: number; requested?: boolean },
): PageRead {
  const kind = gate(url, options.settings, options.now, options.requested);
  const adapter = kind ? ADAPTERS[kind] : undefined;
  const cheap: PageSide = adapter ? readSafely(adapter, doc, url) : { context: null };
  const partial =
    (cheap.context !== null || cheap.article !== undefined) &&
    adapter !== undefined &&
    'readsInFull' in adapter;
  return { url: url.href, ...cheap, partial, requested: options.requested === true };
}

/** Whether the ranking side's answer to the cheap read asks for the full read, and one can be made. */
export function needsFullRead<A>(
  read: PageRead,
  answer: A,
  transport: Pick<ReadTransport<A>, 'wantsFullRead'>,
) {
  return read.partial && transport.wantsFullRead(answer);
}

/**
 * The rest of the read path once the ranking side has answered the cheap read: the full read when it
 * asks for one, and its answer; otherwise the answer it gave.
 */
export async function finishRead<A>(
  doc: Document,
  read: PageRead,
  answer: A,
  transport: ReadTransport<A>,
): Promise<A> {
  if (!needsFullRead(read, answer, transport)) return answer;
  await transport.beforeFullRead?.(answer);
  // Without its full reader (the tab refused the injection) the cheap read is the best there is.
  const reader = await transport.loadFullReader().catch(() => null);
  const full: PageSide = reader
    ? readSafely({ read: reader }, doc, new URL(read.url))
    : { context: read.context, article: read.article };
  return transport.rank({ url: read.url, ...full, partial: false, requested: read.requested });
}

/** Runs a page through the read path and answers what the ranking side answered last. */
export async function readPage<A>(
  doc: Document,
  url: URL,
  options: { settings: Settings | null; now: number; requested?: boolean },
  transport: ReadTransport<A>,
): Promise<A> {
  const read = readCheap(doc, url, options);
  return finishRead(doc, read, await transport.rank(read), transport);
}
