import { parseHTML } from 'linkedom';
import { describe, expect, it, vi } from 'vitest';
import { createEngine } from '../core/engine';
import type { PageContext } from '../core/types';
import { readInFull } from '../extractors/full-reader';
import { articleDataProblems } from '../extractors/news-quick';
import { articles } from '../seeds';
import { readPage, type PageRead } from './read-path';
import { rankRead, type ReadVerdict } from './rank-step';
import { DEFAULT_SETTINGS } from './settings-model';
import type { Settings } from './settings-types';

const engine = createEngine(articles);
const docOf = (html: string) => parseHTML(html).document;
const words = (text: string, times: number) => `<p>${`${text} `.repeat(times)}</p>`;
const article = (headline: string, text: string) =>
  docOf(
    `<html lang="de"><head><meta property="og:type" content="article"><meta property="og:title" content="${headline}"></head><body><article>${words(text, 30)}</article></body></html>`,
  );
const derby = () => article('Bayern gewinnt das Derby', 'Ein Tor entschied das Spiel.');
const warehouse = () =>
  article(
    'Amazon-Lager: Streik vor Weihnachten',
    'Die Beschäftigten bei Amazon streiken in den Versandzentren für einen Tarifvertrag.',
  );
const product = () =>
  docOf(
    '<html lang="de"><body><span id="productTitle">Echo Dot (5. Generation) smarter Lautsprecher mit Alexa</span></body></html>',
  );

/** The read path with the ranking side called directly, recording every read it was sent. */
async function run(
  doc: Document,
  href: string,
  settings: Settings | null = DEFAULT_SETTINGS,
  requested = false,
) {
  const reads: PageRead[] = [];
  const loadFullReader = vi.fn(() => Promise.resolve(readInFull));
  const verdict = await readPage(
    doc,
    new URL(href),
    { settings, now: 0, requested },
    {
      rank: (read) => {
        reads.push(read);
        return Promise.resolve(rankRead(engine, read, settings ?? DEFAULT_SETTINGS, 0));
      },
      wantsFullRead: (answer: ReadVerdict) => answer.kind === 'read-in-full',
      loadFullReader,
    },
  );
  return { verdict, reads, loadFullReader };
}

describe('readPage', () => {
  it('settles an unrelated article on the cheap read, without loading the full reader', async () => {
    const { verdict, reads, loadFullReader } = await run(derby(), 'https://www.zeit.de/sport/derby');
    expect(reads.map((r) => r.partial)).toEqual([true]);
    expect(loadFullReader).not.toHaveBeenCalled();
    expect(verdict).toMatchObject({ kind: 'ranked', result: { silent: true } });
  });

  it('reads an article about Amazon in full before ranking it', async () => {
    const { verdict, reads, loadFullReader } = await run(warehouse(), 'https://www.zeit.de/arbeit/amazon');
    expect(reads.map((r) => r.partial)).toEqual([true, false]);
    expect(loadFullReader).toHaveBeenCalledTimes(1);
    expect(verdict).toMatchObject({ kind: 'ranked', result: { silent: false } });
  });

  it('sends an article as its data, which the ranking side builds and checks', async () => {
    const { reads } = await run(derby(), 'https://www.zeit.de/sport/derby');
    expect(reads[0]!.context).toBeNull();
    expect(articleDataProblems(reads[0]!.article)).toEqual([]);
    expect(articleDataProblems({ ...reads[0]!.article, lead: 'x'.repeat(100_000) })).toEqual(['lead']);
    expect(articleDataProblems({ ...reads[0]!.article, metas: [{ name: 1 }] })).toEqual(['metas']);
  });

  it('reads a shop page once: its cheap read is its whole read', async () => {
    const { verdict, reads } = await run(product(), 'https://www.amazon.de/dp/B09B8V1LZ3');
    expect(reads).toHaveLength(1);
    expect(reads[0]).toMatchObject({ partial: false, context: { site: 'amazon', pageType: 'product' } });
    expect(verdict).toMatchObject({ kind: 'ranked', result: { silent: false } });
  });

  it('does not read a site the user switched off, nor a host outside the gate unless asked', async () => {
    const off = { ...DEFAULT_SETTINGS, siteModes: { 'www.amazon.de': 'off' as const } };
    expect((await run(product(), 'https://www.amazon.de/dp/B09B8V1LZ3', off)).reads[0]?.context).toBeNull();
    const elsewhere = 'https://blog.example.org/amazon-streik';
    expect((await run(warehouse(), elsewhere)).reads[0]?.context).toBeNull();
    expect((await run(warehouse(), elsewhere, DEFAULT_SETTINGS, true)).verdict).toMatchObject({
      kind: 'ranked',
      result: { silent: false },
    });
  });

  it('keeps the cheap read when the full reader cannot be had, and nothing when it throws', async () => {
    const answers: ReadVerdict[] = [];
    const transport = (
      loadFullReader: () => Promise<((doc: Document, url: URL) => PageContext | null) | null>,
    ) => ({
      rank: (read: PageRead) => {
        const verdict = rankRead(engine, read, DEFAULT_SETTINGS, 0);
        answers.push(verdict);
        return Promise.resolve(verdict);
      },
      wantsFullRead: (answer: ReadVerdict) => answer.kind === 'read-in-full',
      loadFullReader,
    });
    const url = new URL('https://www.zeit.de/arbeit/amazon');
    const options = { settings: DEFAULT_SETTINGS, now: 0 };
    const unavailable = await readPage(
      warehouse(),
      url,
      options,
      transport(() => Promise.resolve(null)),
    );
    expect(unavailable).toMatchObject({ kind: 'ranked', context: { headline: /Amazon-Lager/ } });
    const throwing = () => {
      throw new Error('hostile markup');
    };
    expect(
      await readPage(
        warehouse(),
        url,
        options,
        transport(() => Promise.resolve(throwing)),
      ),
    ).toEqual({
      kind: 'unread',
    });
  });
});

describe('rankRead', () => {
  const read = (context: PageContext | null, url = 'https://www.amazon.de/dp/B09B8V1LZ3'): PageRead => ({
    url,
    context,
    partial: false,
    requested: false,
  });

  it('answers unread for no context, off for a switched-off site, and ranks the rest', async () => {
    const { reads } = await run(product(), 'https://www.amazon.de/dp/B09B8V1LZ3');
    const context = reads[0]!.context!;
    expect(rankRead(engine, read(null), DEFAULT_SETTINGS, 0)).toEqual({ kind: 'unread' });
    const snoozed = { ...DEFAULT_SETTINGS, snoozedUntil: 10 };
    expect(rankRead(engine, read(context), snoozed, 5)).toMatchObject({ kind: 'off' });
    expect(rankRead(engine, read(context), snoozed, 11)).toMatchObject({ kind: 'ranked' });
  });

  it('gates a read the page side made before it had the settings, with the settings it holds', async () => {
    const href = 'https://www.zeit.de/arbeit/artikel';
    const { reads } = await run(warehouse(), href, null);
    // An article is sent as its data; the ranking side builds its context.
    expect(reads[0]).toMatchObject({ context: null, article: { htmlLang: 'de' } });
    const noNews = { ...DEFAULT_SETTINGS, newsDetection: false };
    expect(rankRead(engine, { ...reads[0]!, partial: false }, noNews, 0)).toEqual({ kind: 'unread' });
    // Asked for by the user, the article is read whatever the settings say of news.
    const asked = { ...reads[0]!, partial: false, requested: true };
    expect(rankRead(engine, asked, noNews, 0)).toMatchObject({ kind: 'ranked' });
    const off = { ...DEFAULT_SETTINGS, siteModes: { 'www.zeit.de': 'off' as const } };
    expect(rankRead(engine, asked, off, 0)).toMatchObject({ kind: 'off' });
  });
});
