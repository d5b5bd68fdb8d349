// The corpus file in component tests: the build writes it into the package and the extension reads it
// with fetch (utils/bundled-engine.ts); here fetch answers it with the same seeds and index, built when
// first asked for. Any other request fails, as the extension makes none.
import { CorpusIndex } from '../core/corpus-index';
import { articles } from '../seeds';
import { CORPUS_FILE, type PackagedCorpus } from '../utils/bundled-engine';

let json: string | undefined;

export function servePackagedCorpus(): void {
  globalThis.fetch = (input: RequestInfo | URL) => {
    const url = input instanceof Request ? input.url : String(input);
    if (!url.endsWith(`/${CORPUS_FILE}`)) return Promise.reject(new Error(`no network in tests: ${url}`));
    json ??= JSON.stringify({
      articles,
      index: CorpusIndex.build(articles).toJSON(),
    } satisfies PackagedCorpus);
    return Promise.resolve(new Response(json, { headers: { 'content-type': 'application/json' } }));
  };
}
