import type { Plugin } from 'vite';
import { articles } from '../../seeds';
import type { BuildCorpus } from '../../wxt.config';
import { syntheticCorpus } from './synthetic';

const VIRTUAL_ID = '\0kehrseite-bench-corpus';

/**
 * The bench's own build only (scripts/bench-build.ts): the bundled corpus becomes a synthetic one of
 * that many passages, with its index built at build time, in the package's corpus file (and inlined
 * where a page imports the seeds), as a real corpus of that size would ship. The bench reads the service worker's memory and first answer
 * from it.
 */
export function benchCorpus(size: number): BuildCorpus {
  const corpus = syntheticCorpus(articles, size);
  const swapSeeds: Plugin = {
    name: 'kehrseite-bench-corpus',
    enforce: 'pre',
    resolveId: (source, importer) =>
      importer !== undefined &&
      !/[\\/]seeds[\\/]/.test(importer) &&
      /(^|\/)seeds(\/index(\.ts)?)?$/.test(source)
        ? VIRTUAL_ID
        : null,
    load: (id) => (id === VIRTUAL_ID ? `export const articles = ${JSON.stringify(corpus)};` : null),
  };
  return { articles: corpus, plugins: [swapSeeds] };
}
