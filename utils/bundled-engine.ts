import { browser, type PublicPath } from 'wxt/browser';
import { CorpusIndex, type SerializedIndex } from '../core/corpus-index';
import { createEngineFromIndex, type Engine } from '../core/engine';
import type { Article, PageContext } from '../core/types';

/**
 * The corpus and its index built with the extension, a file of its package (wxt.config.ts writes it):
 * as data rather than inlined script, a large corpus does not make the background script megabytes of
 * code to compile before the worker can answer anything.
 */
export const CORPUS_FILE = 'corpus.json';

/** What the corpus file holds. */
export interface PackagedCorpus {
  articles: readonly Article[];
  index: SerializedIndex;
}

/**
 * A file of the extension's own package. fetch of the extension's own origin is no network request;
 * the content security policy allows it with `connect-src 'self'` and nothing else (wxt.config.ts).
 */
async function readPackaged(file: string): Promise<unknown> {
  // The file is written by the build, so WXT's list of public paths does not know it.
  const response = await fetch(browser.runtime.getURL(`/${file}` as PublicPath));
  if (!response.ok) throw new Error(`status ${response.status}`);
  return response.json();
}

const isStrings = (value: unknown): value is string[] =>
  Array.isArray(value) && value.every((item) => typeof item === 'string');
const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const isArticle = (value: unknown) =>
  isRecord(value) && typeof value.id === 'string' && Array.isArray(value.passages);

/** What is wrong with data read as the corpus file, or null: a damaged file fails here, not in a query. */
function corpusProblem(file: unknown): string | null {
  if (!isRecord(file)) return 'not an object';
  if (!Array.isArray(file.articles) || !file.articles.every(isArticle)) return 'no articles';
  const data = file.index;
  if (!isRecord(data)) return 'no index';
  if (data.version !== 2) return `version ${String(data.version)}, expected 2`;
  if (!isStrings(data.vocabulary)) return 'no vocabulary';
  if (!isStrings(data.postings) || data.postings.length !== data.vocabulary.length) return 'no postings';
  if (!isRecord(data.concepts) || !isRecord(data.conceptTerms)) return 'no concepts';
  if (!isRecord(data.fuseIndex)) return 'no fuzzy index';
  return null;
}

/**
 * A page the engine ranks once as soon as it is built. The first rank of a worker's life compiles the
 * lexicon's pattern matcher and, V8 compiling functions on their first call, the whole rank path: in a
 * profile of three cold workers answering amazon-com-br-orwell-box (a loaded two-core machine), the
 * answer's rank took 19-42 ms; in Node, on the bundled corpus, a first rank took 45-72 ms and the rank
 * after this one 2-8 ms. The worker is started when a tab begins to load (its tabs.onUpdated listener),
 * so it builds the engine while the page loads: done then, that time no longer falls between the content
 * script's message and the launcher. A shop page that names a device, so that every step runs (analysis,
 * decision, scoring, selection, explanation); what it leaves behind are memoised lookups, which change no
 * later answer.
 */
export const WARM_UP_PAGE: PageContext = {
  url: 'https://www.amazon.de/dp/warm-up',
  site: 'amazon',
  pageType: 'product',
  language: 'de',
  host: 'www.amazon.de',
  productTitle: 'Amazon Echo Dot',
  categories: [],
  listingTitles: [],
  keywords: [],
};

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

/**
 * The engine over the bundled corpus from the file built with the extension (no index build at run
 * time), its first rank done (WARM_UP_PAGE). Rejects with an error that names the file when it cannot be
 * read or is damaged. `read` is the package reader, replaced in tests.
 */
export async function loadBundledEngine(
  read: (file: string) => Promise<unknown> = readPackaged,
): Promise<Engine> {
  let data: unknown;
  try {
    data = await read(CORPUS_FILE);
  } catch (error) {
    throw new Error(`the corpus file ${CORPUS_FILE} could not be read: ${messageOf(error)}`);
  }
  const problem = corpusProblem(data);
  if (problem !== null) throw new Error(`the corpus file ${CORPUS_FILE} is damaged: ${problem}`);
  const { articles, index } = data as PackagedCorpus;
  try {
    const engine = createEngineFromIndex(articles, CorpusIndex.fromJSON(index, articles));
    engine.rank(WARM_UP_PAGE);
    return engine;
  } catch (error) {
    throw new Error(`the corpus file ${CORPUS_FILE} is damaged: ${messageOf(error)}`);
  }
}
