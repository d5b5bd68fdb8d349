import type { ComponentChildren } from 'preact';
import type { ArticleInfo } from '../utils/messages';
import { articleTitle, sourceLine, titleLanguage } from './source';

export interface PassageListProps {
  /** ArticleGroup elements, the group of the best passage first. */
  children: ComponentChildren;
}

/**
 * The passages, grouped by article, with keyboard navigation across the groups: ArrowDown/ArrowUp move
 * between passages, Home/End jump to the first and last.
 */
export default function PassageList({ children }: PassageListProps) {
  const onKeyDown = (event: KeyboardEvent) => {
    const list = event.currentTarget as HTMLElement;
    const items = Array.from(list.querySelectorAll<HTMLElement>('[data-passage-id]'));
    const current = items.findIndex((item) => item.contains(document.activeElement));
    let next = -1;
    if (event.key === 'ArrowDown') next = Math.min(items.length - 1, current + 1);
    else if (event.key === 'ArrowUp') next = Math.max(0, current - 1);
    else if (event.key === 'Home') next = 0;
    else if (event.key === 'End') next = items.length - 1;
    const target = items[next];
    if (next < 0 || !target) return;
    event.preventDefault();
    target.focus();
  };
  return (
    <div class="passages" onKeyDown={onKeyDown}>
      {children}
    </div>
  );
}

export interface ArticleGroupProps {
  article: ArticleInfo;
  uiLanguage: 'de' | 'en';
  /** PassageCard elements of this article, best first. */
  children: ComponentChildren;
}

/** The passages of one article under its title and source, said once for all of them. */
export function ArticleGroup({ article, uiLanguage, children }: ArticleGroupProps) {
  const headingId = `group-${article.id}`;
  const source = sourceLine(article);
  return (
    <section class="group" aria-labelledby={headingId} data-group={article.id}>
      <h3 class="group__title" id={headingId}>
        <span lang={titleLanguage(article, uiLanguage)}>{articleTitle(article, uiLanguage)}</span>
      </h3>
      {source && <p class="group__source">{source}</p>}
      <ol class="group__passages" aria-labelledby={headingId}>
        {children}
      </ol>
    </section>
  );
}

/** Items grouped by their article, in the order each article first appears (its best passage). */
export function groupByArticle<T extends { article: ArticleInfo }>(
  items: readonly T[],
): { article: ArticleInfo; items: T[] }[] {
  const groups = new Map<string, { article: ArticleInfo; items: T[] }>();
  for (const item of items) {
    const group = groups.get(item.article.id) ?? { article: item.article, items: [] };
    group.items.push(item);
    groups.set(item.article.id, group);
  }
  return [...groups.values()];
}
