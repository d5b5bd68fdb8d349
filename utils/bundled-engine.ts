import builtIndex from 'virtual:kehrseite-corpus-index';
import { CorpusIndex, type SerializedIndex } from '../core/corpus-index';
import { createEngineFromIndex, type Engine } from '../core/engine';
import type { Article } from '../core/types';

/** The engine over the bundled corpus, from the index built with the extension (no build at run time). */
export function bundledEngine(articles: readonly Article[]): Engine {
  // Typed by utils/corpus-index.d.ts; named again here for linters that type each file on its own.
  return createEngineFromIndex(articles, CorpusIndex.fromJSON(builtIndex as SerializedIndex, articles));
}
