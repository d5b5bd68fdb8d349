import { describe, expect, it } from 'vitest';
import { CorpusIndex } from '../core/corpus-index';
import { articles } from '../seeds';
import { CORPUS_INDEX_FILE, loadBundledEngine } from './bundled-engine';

const built = CorpusIndex.build(articles).toJSON();
const serving = (data: unknown) => (file: string) =>
  file === CORPUS_INDEX_FILE ? Promise.resolve(data) : Promise.reject(new Error(`no file ${file}`));

describe('loadBundledEngine', () => {
  it('loads the engine from the index file, answering as one built from the corpus', async () => {
    const engine = await loadBundledEngine(articles, serving(JSON.parse(JSON.stringify(built))));
    const [first] = engine.search('Lauschsprecher', { limit: 1 });
    expect(first?.passage.text).toContain('Lauschsprecher');
  });

  it('reads the index file from the package through fetch by default', async () => {
    // tests/setup-ui.ts answers the package's index file, as the browser does for the extension's own origin.
    const engine = await loadBundledEngine(articles);
    expect(engine.search('Lauschsprecher', { limit: 1 })).toHaveLength(1);
  });

  it('names the file when it cannot be read', async () => {
    await expect(
      loadBundledEngine(articles, () => Promise.reject(new Error('Failed to fetch'))),
    ).rejects.toThrow(`the corpus index ${CORPUS_INDEX_FILE} could not be read: Failed to fetch`);
  });

  it.each([
    ['not JSON of an object', null, 'not an object'],
    ['from another version', { ...built, version: 1 }, 'version 1, expected 2'],
    ['cut short', { ...built, postings: built.postings.slice(1) }, 'no postings'],
    ['without its fuzzy index', { ...built, fuseIndex: 'x' }, 'no fuzzy index'],
  ])('refuses an index file %s, saying it is damaged', async (_case, data, problem) => {
    await expect(loadBundledEngine(articles, serving(data))).rejects.toThrow(
      `the corpus index ${CORPUS_INDEX_FILE} is damaged: ${problem}`,
    );
  });

  it('refuses a file that is not JSON', async () => {
    const unparsable = () => new Response('{"version": 2, "vocab').json();
    await expect(loadBundledEngine(articles, unparsable)).rejects.toThrow(
      `the corpus index ${CORPUS_INDEX_FILE} could not be read`,
    );
  });
});
