import type { Article, Passage, RankedPassage } from '../core/types';
import type { ArticleInfo, PanelView, ShownPassage, TabView } from './messages';

/** Passages by article and id, with each article's info made once: what the background resolves with. */
export interface PassageLookup {
  find(articleId: string, passageId: string): { passage: Passage; article: ArticleInfo } | undefined;
  info(article: Article): ArticleInfo;
}

/** The article without its passages: only its source travels to the panel with each passage. */
const infoOf = (article: Article) =>
  Object.fromEntries(Object.entries(article).filter(([key]) => key !== 'passages')) as ArticleInfo;

/**
 * A lookup over the corpus's articles. Keyed by article only, not by passage: an offered passage names
 * its article, and a map of every passage would be one more object per passage in the worker's heap.
 */
export function passageLookup(articles: readonly Article[]): PassageLookup {
  const byId = new Map(articles.map((article) => [article.id, article]));
  const infos = new WeakMap<Article, ArticleInfo>();
  const info = (article: Article) => {
    let made = infos.get(article);
    if (!made) infos.set(article, (made = infoOf(article)));
    return made;
  };
  return {
    find(articleId, passageId) {
      const article = byId.get(articleId);
      const passage = article?.passages.find((p) => p.id === passageId);
      return article && passage ? { passage, article: info(article) } : undefined;
    },
    info,
  };
}

/** A tab's view with its offered passages resolved; a passage no longer in the corpus is left out. */
export function panelView(view: TabView, lookup: PassageLookup): PanelView {
  const shown = view.offered.flatMap((offered): ShownPassage[] => {
    const found = lookup.find(offered.articleId, offered.passageId);
    return found ? [{ ...found, why: offered.why, terms: offered.why.matchedTerms }] : [];
  });
  return { ...view, shown };
}

/** A search result as the panel shows it: its matched words, no offer's reasons. */
export const shownResult = (result: RankedPassage, lookup: PassageLookup): ShownPassage => ({
  passage: result.passage,
  article: lookup.info(result.article),
  terms: result.why.matchedTerms,
});
