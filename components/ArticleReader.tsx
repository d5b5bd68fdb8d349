import { useEffect, useRef } from 'preact/hooks';
import type { Article, Passage } from '../core/types';
import { useT } from './i18n';
import { articleTitle, sourceLine, titleLanguage } from './source';

export interface ArticleReaderProps {
  article: Article;
  /** The passage to highlight, scroll into view and focus. */
  passageId?: string;
  uiLanguage: 'de' | 'en';
  /** Back to the list of articles. */
  backHref: string;
  /** Copy a passage with its source. */
  onCopy: (passage: Passage, article: Article) => void;
}

/** The reading view: the whole article, verbatim, with one passage highlighted and a way back. */
export default function ArticleReader({
  article,
  passageId,
  uiLanguage,
  backHref,
  onCopy,
}: ArticleReaderProps) {
  const t = useT();
  const highlighted = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    const element = highlighted.current;
    if (!element) return;
    const reduce = typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
    element.scrollIntoView?.({ block: 'center', behavior: reduce ? 'auto' : 'smooth' });
    element.focus({ preventScroll: true });
  }, [article.id, passageId]);

  const back = (
    <a href={backHref} lang={uiLanguage} class="reader__back">
      {t('backToLibrary')}
    </a>
  );
  const source = sourceLine(article);
  let lastSection: string | undefined;
  return (
    <article class="reader" lang="de">
      <nav class="reader__nav" aria-label={t('libraryTitle')} lang={uiLanguage}>
        {back}
      </nav>
      <h1 lang={titleLanguage(article, uiLanguage)}>{articleTitle(article, uiLanguage)}</h1>
      {source && <p class="article__source">{source}</p>}
      {article.passages.map((passage) => {
        const section = passage.section !== lastSection ? passage.section : undefined;
        lastSection = passage.section;
        const isTarget = passage.id === passageId;
        return (
          <div key={passage.id} class="reader__block">
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
            <button
              type="button"
              class="reader__copy"
              data-testid="copy-quote"
              lang={uiLanguage}
              onClick={() => onCopy(passage, article)}
            >
              {t('copyQuote')}
            </button>
          </div>
        );
      })}
      <p lang={uiLanguage}>{back}</p>
    </article>
  );
}
