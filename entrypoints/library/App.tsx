import { useEffect, useMemo, useState } from 'preact/hooks';
import ArticleList from '../../components/ArticleList';
import ArticleReader from '../../components/ArticleReader';
import SearchControls from '../../components/SearchControls';
import { useT } from '../../components/i18n';
import { quoteWithSource } from '../../components/source';
import type { Article, Passage, Topic } from '../../core/types';
import { articles } from '../../seeds';
import { copyText } from '../../utils/clipboard';
import { plural } from '../../utils/plural';

/** `#article=<id>&passage=<id>` opens the reading view; no hash lists the library. */
function readHash(): { articleId?: string; passageId?: string } {
  const params = new URLSearchParams(location.hash.slice(1));
  return { articleId: params.get('article') ?? undefined, passageId: params.get('passage') ?? undefined };
}

/** Folds case and diacritics, so "uberwachung" finds "Überwachung". */
const fold = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

/** Whether an article matches every word of the query (title, label, summaries, passages, gists). */
export function articleMatches(article: Article, query: string, topics: readonly Topic[]): boolean {
  if (topics.length > 0 && !article.passages.some((p) => p.topics.some((topic) => topics.includes(topic))))
    return false;
  const words = fold(query).split(/\s+/).filter(Boolean);
  if (words.length === 0) return true;
  const haystack = fold(
    [
      article.headline ?? '',
      article.label.de,
      article.label.en,
      article.summary.de,
      article.summary.en,
      ...article.authors,
      ...article.passages.flatMap((p) => [p.section ?? '', p.text, p.gist]),
    ].join(' '),
  );
  return words.every((word) => haystack.includes(word));
}

export default function App({ uiLanguage }: { uiLanguage: 'de' | 'en' }) {
  const t = useT();
  const [route, setRoute] = useState(readHash);
  const [query, setQuery] = useState('');
  const [topics, setTopics] = useState<Topic[]>([]);
  const [status, setStatus] = useState('');
  useEffect(() => {
    const onHash = () => setRoute(readHash());
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, []);
  const article = articles.find((a) => a.id === route.articleId);
  useEffect(() => {
    document.title = article
      ? `Kehrseite – ${article.headline ?? article.label[uiLanguage]}`
      : t('libraryTitle');
  }, [article?.id]);
  const shown = useMemo(() => articles.filter((a) => articleMatches(a, query, topics)), [query, topics]);

  const copy = (passage: Passage, of: Article) => {
    void copyText(quoteWithSource(passage.text, of, uiLanguage)).then((copied) =>
      setStatus(t(copied ? 'copied' : 'copyFailed')),
    );
  };

  return (
    <main class="library">
      {article ? (
        <ArticleReader
          article={article}
          passageId={route.passageId}
          uiLanguage={uiLanguage}
          backHref="#"
          onCopy={copy}
        />
      ) : (
        <>
          <h1>{t('libraryTitle')}</h1>
          <p>{t('libraryIntro')}</p>
          <SearchControls
            query={query}
            topics={topics}
            onQuery={setQuery}
            onToggleTopic={(topic) =>
              setTopics((current) =>
                current.includes(topic) ? current.filter((t) => t !== topic) : [...current, topic],
              )
            }
            onEnterResults={() => document.querySelector<HTMLElement>('.articles a')?.focus()}
            label={t('librarySearchLabel')}
          />
          <p aria-live="polite" class="library__count">
            {shown.length === 0 ? t('libraryNoMatch') : plural(t, uiLanguage, 'libraryCount', shown.length)}
          </p>
          <ArticleList
            articles={shown}
            uiLanguage={uiLanguage}
            readHref={(a) => `#article=${encodeURIComponent(a.id)}`}
          />
        </>
      )}
      <p role="status" class={status ? 'toast toast--shown' : 'toast'}>
        {status}
      </p>
    </main>
  );
}
