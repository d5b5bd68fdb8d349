import type { Article } from '../core/types';
import type { Translate } from './i18n';

/** The article's title as the reader should see it: its own headline, else the editors' label. */
export function articleTitle(article: Article, language: 'de' | 'en'): string {
  return article.headline ?? article.label[language];
}

/** "Florian Rinke, Marcel Jarjour · 2018-12 · outlet unknown": honest about what is not known. */
export function sourceLine(article: Article, t: Translate): string {
  const authors = article.authors.length > 0 ? article.authors.join(', ') : t('authorUnknown');
  const date = article.date ?? t('dateUnknown');
  const outlet = article.outlet ?? t('outletUnknown');
  return [authors, date, outlet].join(' · ');
}

/** A quote with its source, for the clipboard. */
export function quoteWithSource(text: string, article: Article, language: 'de' | 'en', t: Translate): string {
  return `„${text}“\n— ${articleTitle(article, language)} (${sourceLine(article, t)})`;
}

/** The language of the title shown: the German headline, or the editors' label in the UI language. */
export function titleLanguage(article: Article, language: 'de' | 'en'): 'de' | 'en' {
  return article.headline ? article.language : language;
}
