import { useEffect, useState } from 'preact/hooks';
import ArticleList from '../../components/ArticleList';
import ArticleReader from '../../components/ArticleReader';
import { useT } from '../../components/i18n';
import { articles } from '../../seeds';

/** `#article=<id>&passage=<id>` opens the reading view; no hash lists the library. */
function readHash(): { articleId?: string; passageId?: string } {
  const params = new URLSearchParams(location.hash.slice(1));
  return { articleId: params.get('article') ?? undefined, passageId: params.get('passage') ?? undefined };
}

export default function App({ uiLanguage }: { uiLanguage: 'de' | 'en' }) {
  const t = useT();
  const [route, setRoute] = useState(readHash);
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
  return (
    <main class="library">
      {article ? (
        <ArticleReader article={article} passageId={route.passageId} uiLanguage={uiLanguage} backHref="#" />
      ) : (
        <>
          <h1>{t('libraryTitle')}</h1>
          <p>{t('libraryIntro')}</p>
          <ArticleList
            articles={articles}
            uiLanguage={uiLanguage}
            readHref={(a) => `#article=${encodeURIComponent(a.id)}`}
          />
        </>
      )}
    </main>
  );
}
