import type { Article, Passage } from '../core/types';
import type { HideScope } from '../utils/settings-model';
import { useT } from './i18n';
import { articleTitle, titleLanguage } from './source';

/** One passage the user hid, where, and what it is. */
export interface HiddenItem {
  scope: HideScope;
  /** The host (scope `site`) or host and path (scope `page`). */
  key: string;
  passage: Passage;
  article: Article;
}

export interface HiddenListProps {
  items: readonly HiddenItem[];
  uiLanguage: 'de' | 'en';
  /** Show this passage there again. */
  onRestore: (item: HiddenItem) => void;
}

/** The passages marked "not relevant here", each with where it is hidden and a way to show it again. */
export default function HiddenList({ items, uiLanguage, onRestore }: HiddenListProps) {
  const t = useT();
  return (
    <section class="options hidden-list" aria-labelledby="hidden-heading">
      <h2 id="hidden-heading">{t('optHidden')}</h2>
      {items.length === 0 ? (
        <p>{t('optNoHidden')}</p>
      ) : (
        <ul class="hidden-list__items">
          {items.map((item) => (
            <li key={`${item.scope}:${item.key}:${item.passage.id}`} data-hidden-passage={item.passage.id}>
              <p class="hidden-list__where">
                {t(item.scope === 'site' ? 'optHiddenOnSite' : 'optHiddenOnPage', item.key)}
              </p>
              <p class="hidden-list__title" lang={titleLanguage(item.article, uiLanguage)}>
                {articleTitle(item.article, uiLanguage)}
              </p>
              <p class="hidden-list__text" lang="de">
                {item.passage.text.length > 160 ? `${item.passage.text.slice(0, 160)}…` : item.passage.text}
              </p>
              <button type="button" onClick={() => onRestore(item)}>
                {t('optRestore')}
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
