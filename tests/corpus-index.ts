// The corpus index file in component tests: the build writes it into the package and the extension
// reads it with fetch (utils/bundled-engine.ts); here fetch answers it with the same index, built from
// the seeds when first asked for. Any other request fails, as the extension makes none.
import { CorpusIndex } from '../core/corpus-index';
import { articles } from '../seeds';
import { CORPUS_INDEX_FILE } from '../utils/bundled-engine';

let json: string | undefined;

export function servePackagedIndex(): void {
  globalThis.fetch = (input: RequestInfo | URL) => {
    const url = input instanceof Request ? input.url : String(input);
    if (!url.endsWith(`/${CORPUS_INDEX_FILE}`))
      return Promise.reject(new Error(`no network in tests: ${url}`));
    json ??= JSON.stringify(CorpusIndex.build(articles).toJSON());
    return Promise.resolve(new Response(json, { headers: { 'content-type': 'application/json' } }));
  };
}
