import { describe, expect, it, vi } from 'vitest';
import { articles } from '../seeds';
import { DEFAULT_SETTINGS } from '../utils/settings';
import ArticleList from './ArticleList';
import ArticleReader from './ArticleReader';
import OptionsForm from './OptionsForm';
import PassageCard from './PassageCard';
import PassageList, { ArticleGroup } from './PassageList';
import SearchControls from './SearchControls';
import { axeViolations, germanT, renderWithStrings } from './testing';

const article = articles.find((a) => a.id === 'amazon-weihnachtsgeschaeft-2018')!;

describe('accessibility (axe-core, WCAG 2.1 AA)', () => {
  it('finds nothing in the panel: search, topic filters and explained passages', async () => {
    const { container } = renderWithStrings(
      <main>
        <h1>Kehrseite</h1>
        <SearchControls
          query="Alexa"
          topics={['alexa']}
          onQuery={vi.fn()}
          onToggleTopic={vi.fn()}
          onEnterResults={vi.fn()}
        />
        <h2>Passages for this page</h2>
        <PassageList>
          <ArticleGroup article={article} uiLanguage="en">
            {article.passages.slice(0, 2).map((passage, index) => (
              <PassageCard
                key={passage.id}
                passage={passage}
                article={article}
                why={{
                  cues: [
                    { kind: 'concept', source: 'productTitle', words: 'Echo Dot', concept: 'smart-speaker' },
                  ],
                  matchedTerms: ['Alexa'],
                  topics: ['alexa'],
                }}
                terms={['Alexa']}
                uiLanguage="en"
                readHref="#read"
                onCopy={vi.fn()}
                onHide={vi.fn()}
                initiallyExpanded={index === 0}
              />
            ))}
          </ArticleGroup>
        </PassageList>
      </main>,
    );
    container.querySelectorAll('details').forEach((details) => (details.open = true));
    expect(await axeViolations(container)).toEqual([]);
  });

  it('finds nothing in a German panel with the English gist opened', async () => {
    const { container } = renderWithStrings(
      <main>
        <PassageList>
          <ArticleGroup article={article} uiLanguage="de">
            <PassageCard
              passage={article.passages[0]!}
              article={article}
              terms={[]}
              uiLanguage="de"
              initiallyExpanded
              readHref="#read"
              onCopy={vi.fn()}
            />
          </ArticleGroup>
        </PassageList>
      </main>,
      germanT,
    );
    container.querySelectorAll('details').forEach((details) => (details.open = true));
    expect(await axeViolations(container)).toEqual([]);
  });

  it('finds nothing in the library and its reading view', async () => {
    const list = renderWithStrings(
      <main>
        <h1>Library</h1>
        <ArticleList articles={articles} uiLanguage="de" readHref={(a) => `#article=${a.id}`} />
      </main>,
    );
    expect(await axeViolations(list.container)).toEqual([]);
    list.unmount();
    const reader = renderWithStrings(
      <main>
        <ArticleReader
          article={article}
          passageId={article.passages[1]!.id}
          uiLanguage="en"
          backHref="#"
          onCopy={vi.fn()}
        />
      </main>,
    );
    expect(await axeViolations(reader.container)).toEqual([]);
  });

  it('finds nothing in the settings, with a site of its own and a running snooze', async () => {
    const { container } = renderWithStrings(
      <main>
        <h1>Settings</h1>
        <OptionsForm
          settings={{ ...DEFAULT_SETTINGS, siteModes: { 'www.amazon.de': 'launcher' }, snoozedUntil: 5000 }}
          now={1000}
          onChange={vi.fn()}
          onAnySiteChange={vi.fn()}
          onReset={vi.fn()}
        />
      </main>,
    );
    expect(await axeViolations(container)).toEqual([]);
  });

  it('would notice a violation (the check is not blind in happy-dom)', async () => {
    const { container } = renderWithStrings(
      <main>
        <input type="search" />
        <button type="button" />
      </main>,
    );
    expect(await axeViolations(container)).toEqual([
      expect.stringMatching(/^button-name/),
      expect.stringMatching(/^label/),
    ]);
  });
});
