import type { Article } from '../core/types';
import { useT } from './i18n';
import { articleTitle, titleLanguage } from './source';

export interface ArticleListProps {
  articles: readonly Article[];
  uiLanguage: 'de' | 'en';
  /** Where each article's reading view is. */
  readHref: (article: Article) => string;
}

/**
 * The library: every bundled article with what is known of its source (nothing said of what is not),
 * the editors' summary in the UI language, and its topics.
 */
export default function ArticleList({ articles, uiLanguage, readHref }: ArticleListProps) {
  const t = useT();
  return (
    <ul class="articles">
      {articles.map((article) => {
        const topics = [...new Set(article.passages.flatMap((p) => p.topics))];
        return (
          <li key={article.id} class="article" data-article-id={article.id}>
            <h2 lang={titleLanguage(article, uiLanguage)}>{articleTitle(article, uiLanguage)}</h2>
            <dl class="article__meta">
              <dt>{t('kindLabel')}</dt>
              <dd>{t(`kind_${article.kind}`)}</dd>
              {article.authors.length > 0 && (
                <>
                  <dt>{t('authorsLabel')}</dt>
                  <dd>{article.authors.join(', ')}</dd>
                </>
              )}
              {article.date && (
                <>
                  <dt>{t('dateLabel')}</dt>
                  <dd>{article.date}</dd>
                </>
              )}
              {article.outlet && (
                <>
                  <dt>{t('outletLabel')}</dt>
                  <dd>{article.outlet}</dd>
                </>
              )}
              <dt>{t('topicsLabel')}</dt>
              <dd>{topics.map((topic) => t(`topic_${topic}`)).join(', ')}</dd>
            </dl>
            <h3>{t('editorsSummary')}</h3>
            <p lang={uiLanguage}>{article.summary[uiLanguage]}</p>
            <a href={readHref(article)}>{t('readArticle', articleTitle(article, uiLanguage))}</a>
          </li>
        );
      })}
    </ul>
  );
}
