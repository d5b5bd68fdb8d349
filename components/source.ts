import type { ArticleInfo } from '../utils/messages';

/** The article's title as the reader should see it: its own headline, else the editors' label. */
export function articleTitle(article: ArticleInfo, language: 'de' | 'en'): string {
  return article.headline ?? article.label[language];
}

/**
 * "Florian Rinke, Marcel Jarjour · 2018-12": what is known of the source, and nothing about what is
 * not (an empty string when nothing is known). How each field is known stays in the seed files.
 */
export function sourceLine(article: ArticleInfo): string {
  return [article.authors.join(', '), article.date ?? '', article.outlet ?? ''].filter(Boolean).join(' · ');
}

/** A quote with its title and what is known of its source, for the clipboard. */
export function quoteWithSource(text: string, article: ArticleInfo, language: 'de' | 'en'): string {
  const source = sourceLine(article);
  const title = articleTitle(article, language);
  return `„${text}“\n— ${source ? `${title} (${source})` : title}`;
}

/** The language of the title shown: the German headline, or the editors' label in the UI language. */
export function titleLanguage(article: ArticleInfo, language: 'de' | 'en'): 'de' | 'en' {
  return article.headline ? article.language : language;
}
