import { useEffect, useRef } from 'preact/hooks';
import type { Article } from '../core/types';
import { useT } from './i18n';
import { articleTitle, sourceLine, titleLanguage } from './source';

export interface ArticleReaderProps {
  article: Article;
  /** The passage to highlight, scroll into view and focus. */
  passageId?: string;
  uiLanguage: 'de' | 'en';
  /** Back to the list of articles. */
  backHref: string;
}

/** The reading view: the whole article, verbatim, with one passage highlighted. */
export default function ArticleReader({ article, passageId, uiLanguage, backHref }: ArticleReaderProps) {
  const t = useT();
  const highlighted = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    const element = highlighted.current;
    if (!element) return;
    const reduce = typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
    element.scrollIntoView?.({ block: 'center', behavior: reduce ? 'auto' : 'smooth' });
    element.focus({ preventScroll: true });
  }, [article.id, passageId]);

  let lastSection: string | undefined;
  return (
    <article class="reader" lang="de">
      <p>
        <a href={backHref} lang={uiLanguage}>
          {t('backToLibrary')}
        </a>
      </p>
      <h1 lang={titleLanguage(article, uiLanguage)}>{articleTitle(article, uiLanguage)}</h1>
      <p class="article__source" lang={uiLanguage}>
        {sourceLine(article, t)}
      </p>
      {article.passages.map((passage) => {
        const section = passage.section !== lastSection ? passage.section : undefined;
        lastSection = passage.section;
        const isTarget = passage.id === passageId;
        return (
          <div key={passage.id}>
            {section && <h2>{section}</h2>}
            <p
              id={passage.id}
              data-passage-id={passage.id}
              class={isTarget ? 'reader__passage reader__passage--target' : 'reader__passage'}
              tabIndex={isTarget ? -1 : undefined}
              ref={isTarget ? highlighted : undefined}
            >
              {isTarget ? <mark>{passage.text}</mark> : passage.text}
            </p>
          </div>
        );
      })}
    </article>
  );
}
