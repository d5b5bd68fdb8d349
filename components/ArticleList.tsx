import type { Article } from '../core/types';
import { useT } from './i18n';
import { articleTitle, sourceLine, titleLanguage } from './source';

export interface ArticleListProps {
  articles: readonly Article[];
  uiLanguage: 'de' | 'en';
  /** Where each article's reading view is. */
  readHref: (article: Article) => string;
}

/** The library: every bundled article with its metadata, the editors' summaries and its topics. */
export default function ArticleList({ articles, uiLanguage, readHref }: ArticleListProps) {
  const t = useT();
  return (
    <ul class="articles">
      {articles.map((article) => {
        const topics = [...new Set(article.passages.flatMap((p) => p.topics))];
        return (
          <li key={article.id} class="article" data-article-id={article.id}>
            <h2 lang={titleLanguage(article, uiLanguage)}>{articleTitle(article, uiLanguage)}</h2>
            <p class="article__source">{sourceLine(article, t)}</p>
            <dl class="article__meta">
              <dt>{t('kindLabel')}</dt>
              <dd>{t(`kind_${article.kind}`)}</dd>
              <dt>{t('dateLabel')}</dt>
              <dd lang="en">{article.dateNote}</dd>
              <dt>{t('authorsLabel')}</dt>
              <dd lang="en">{article.authorsNote}</dd>
              <dt>{t('topicsLabel')}</dt>
              <dd>{topics.map((topic) => t(`topic_${topic}`)).join(', ')}</dd>
            </dl>
            <h3>{t('editorsSummary')}</h3>
            <p lang="de">{article.summary.de}</p>
            <p lang="en">{article.summary.en}</p>
            <a href={readHref(article)}>{t('readArticle', articleTitle(article, uiLanguage))}</a>
          </li>
        );
      })}
    </ul>
  );
}
