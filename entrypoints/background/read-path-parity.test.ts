import { parseHTML } from 'linkedom';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { MAX_OFFERED, createEngine } from '../../core/engine';
import { readInFull } from '../../extractors/full-reader';
import { CLI_SETTINGS, judgeHtml } from '../../scripts/lib/judge';
import { articles } from '../../seeds';
import { readSavedPage, slugs } from '../../tests/fixtures/real/index.mjs';
import { SETTINGS_KEY, SETTINGS_VERSION } from '../../utils/settings-model';
import { backgroundHandlers } from './service';
import { getRecord } from './tabs';
import { readPage } from '../../utils/read-path';
import { contentTransport } from '../content/controller';

/**
 * The CLIs (npm run match, eval, bench) and the extension must give the same answer on every saved
 * page: the same context, the same silence, the same passages in the same order. The extension's side
 * runs the content script's read and the background's handler, joined by a fake transport that hands
 * each message to the handler as the browser would hand it from the page's tab.
 */
const engine = createEngine(articles);

beforeAll(async () => {
  fakeBrowser.reset();
  // The badge and the panel notices have no receiver here.
  fakeBrowser.tabs.sendMessage = vi.fn(() => Promise.resolve(undefined));
  fakeBrowser.i18n.getMessage = (name: string) => name;
  // The settings the CLIs judge with, stored where the background reads them.
  await fakeBrowser.storage.local.set({ [SETTINGS_KEY]: { ...CLI_SETTINGS, version: SETTINGS_VERSION } });
});

describe('the CLI path and the extension path', () => {
  it('cover every saved page', () => {
    expect(slugs.length).toBeGreaterThanOrEqual(49);
  });

  it.each(slugs.map((slug, index) => [slug, index + 1] as const))(
    '%s: same context, silence and passages',
    { timeout: 30_000 },
    async (slug, tabId) => {
      const { html, meta } = readSavedPage(slug);
      const cli = await judgeHtml(engine, html, meta.url);

      const { document } = parseHTML(html);
      const sender = { role: 'content' as const, tabId, frameUrl: meta.url };
      let fullReads = 0;
      const answer = await readPage(
        document,
        new URL(meta.url),
        { settings: CLI_SETTINGS, now: Date.now() },
        contentTransport(
          (read) => backgroundHandlers.pageContext(read, sender),
          () => {
            fullReads++;
            return Promise.resolve(readInFull);
          },
        ),
      );
      const record = await getRecord(tabId);

      expect(answer.ok, JSON.stringify(answer)).toBe(true);
      expect(fullReads).toBeLessThanOrEqual(1);
      expect(record?.context ?? null).toEqual(cli.context);
      expect(record?.view.silent).toBe(cli.silent);
      expect(record?.view.offered.map((p) => p.passageId)).toEqual(
        cli.passages.slice(0, MAX_OFFERED).map((p) => p.id),
      );
      expect(answer.ok && answer.value.count).toBe(Math.min(cli.passages.length, MAX_OFFERED));
    },
  );
});
