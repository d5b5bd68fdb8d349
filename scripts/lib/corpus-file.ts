import type { ResolvedPublicFile } from 'wxt';
import { CorpusIndex } from '../../core/corpus-index';
import type { Article } from '../../core/types';
import { CORPUS_FILE, type PackagedCorpus } from '../../utils/bundled-engine';

/**
 * Builds the corpus index at build time and ships it with the articles as a data file of the package,
 * which the background reads at start (utils/bundled-engine.ts) and searches for the panel: a service worker
 * woken by a page then loads it in a few milliseconds instead of building it (300 to 600 ms in a cold
 * worker), and a large corpus is parsed as JSON rather than compiled as megabytes of script. The index
 * is built from the articles written beside it, so the two cannot disagree.
 */
export function corpusFile(articles: readonly Article[]): ResolvedPublicFile {
  const corpus: PackagedCorpus = { articles, index: CorpusIndex.build(articles).toJSON() };
  return { relativeDest: CORPUS_FILE, contents: JSON.stringify(corpus) };
}
