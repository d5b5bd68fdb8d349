import { describe, expect, it } from 'vitest';
import { CorpusIndex } from '../core/corpus-index';
import { createEngine } from '../core/engine';
import type { PageContext } from '../core/types';
import { articles } from '../seeds';
import { CORPUS_FILE, WARM_UP_PAGE, loadBundledEngine, type PackagedCorpus } from './bundled-engine';

const index = CorpusIndex.build(articles).toJSON();
const packaged: PackagedCorpus = { articles, index };
const serving = (data: unknown) => (file: string) =>
  file === CORPUS_FILE ? Promise.resolve(data) : Promise.reject(new Error(`no file ${file}`));

describe('loadBundledEngine', () => {
  it('loads the engine from the corpus file, answering as one built from the corpus', async () => {
    const engine = await loadBundledEngine(serving(JSON.parse(JSON.stringify(packaged))));
    const [first] = engine.search('Lauschsprecher', { limit: 1 });
    expect(first?.passage.text).toContain('Lauschsprecher');
  });

  it('warms up on a page the engine offers passages for, so that every step of a rank has run', () => {
    expect(createEngine(articles).rank(WARM_UP_PAGE).passages.length).toBeGreaterThan(0);
  });

  it('answers every page after its warm-up as an engine that ranked nothing before', async () => {
    const loaded = await loadBundledEngine(serving(JSON.parse(JSON.stringify(packaged))));
    const page = (fields: Partial<PageContext>): PageContext => ({
      ...WARM_UP_PAGE,
      productTitle: undefined,
      ...fields,
    });
    const pages = [
      WARM_UP_PAGE,
      page({ productTitle: 'Echo Show 8 mit Alexa' }),
      page({ productTitle: 'Fire TV Stick 4K', categories: ['Elektronik', 'Streaming'] }),
      page({
        site: 'news',
        pageType: 'article',
        host: 'www.zeit.de',
        headline: 'Streik bei Amazon in Leipzig',
      }),
      page({
        site: 'news',
        pageType: 'article',
        host: 'www.kicker.de',
        headline: 'Bayern gewinnt in Dortmund',
      }),
    ];
    const answers = (rank: (context: PageContext) => unknown) => JSON.stringify(pages.map(rank));
    const fresh = createEngine(articles);
    expect(answers((context) => loaded.rank(context))).toBe(answers((context) => fresh.rank(context)));
  });

  it('reads the corpus file from the package through fetch by default', async () => {
    // tests/setup-ui.ts answers the package's corpus file, as the browser does for the extension's own origin.
    const engine = await loadBundledEngine();
    expect(engine.search('Lauschsprecher', { limit: 1 })).toHaveLength(1);
  });

  it('names the file when it cannot be read', async () => {
    await expect(loadBundledEngine(() => Promise.reject(new Error('Failed to fetch')))).rejects.toThrow(
      `the corpus file ${CORPUS_FILE} could not be read: Failed to fetch`,
    );
  });

  it.each([
    ['not JSON of an object', null, 'not an object'],
    ['without articles', { index }, 'no articles'],
    ['with an article that has no passages', { articles: [{ id: 'x' }], index }, 'no articles'],
    ['without an index', { articles }, 'no index'],
    ['from another version', { articles, index: { ...index, version: 1 } }, 'version 1, expected 2'],
    ['cut short', { articles, index: { ...index, postings: index.postings.slice(1) } }, 'no postings'],
    ['without its fuzzy index', { articles, index: { ...index, fuseIndex: 'x' } }, 'no fuzzy index'],
  ])('refuses a corpus file %s, saying it is damaged', async (_case, data, problem) => {
    await expect(loadBundledEngine(serving(data))).rejects.toThrow(
      `the corpus file ${CORPUS_FILE} is damaged: ${problem}`,
    );
  });

  it('refuses a file that is not JSON', async () => {
    const unparsable = () => new Response('{"articles": [{"id').json();
    await expect(loadBundledEngine(unparsable)).rejects.toThrow(
      `the corpus file ${CORPUS_FILE} could not be read`,
    );
  });
});
