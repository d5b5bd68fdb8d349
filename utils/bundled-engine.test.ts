import { describe, expect, it } from 'vitest';
import { CorpusIndex } from '../core/corpus-index';
import { articles } from '../seeds';
import { CORPUS_FILE, loadBundledEngine, type PackagedCorpus } from './bundled-engine';

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
