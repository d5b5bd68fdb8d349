import type { ResolvedPublicFile } from 'wxt';
import { CorpusIndex } from '../../core/corpus-index';
import type { Article } from '../../core/types';
import { CORPUS_INDEX_FILE } from '../../utils/bundled-engine';

/**
 * Builds the corpus index at build time and ships it as a data file of the package, which the
 * background and the panel read at start (utils/bundled-engine.ts): a service worker woken by a page
 * then loads it in a few milliseconds instead of building it (300 to 600 ms in a cold worker), and a
 * large corpus's index is parsed as JSON rather than compiled as megabytes of script. Built from the
 * same articles the extension bundles, so the two cannot disagree.
 */
export function corpusIndexFile(articles: readonly Article[]): ResolvedPublicFile {
  return { relativeDest: CORPUS_INDEX_FILE, contents: JSON.stringify(CorpusIndex.build(articles).toJSON()) };
}
