import { conceptLabel } from '../core/lexicon';
import type { Article, Cue, Passage, Why } from '../core/types';
import type { Translate } from './i18n';
import HighlightedText from './HighlightedText';
import { useT } from './i18n';
import { articleTitle, sourceLine, titleLanguage } from './source';

export interface PassageCardProps {
  passage: Passage;
  article: Article;
  /** Why it was offered; absent for search results, which show only their matched words. */
  why?: Why;
  /** Words to highlight in the text. */
  terms: readonly string[];
  /** The UI language: English readers also get the editors' English summary of the article. */
  uiLanguage: 'de' | 'en';
  /** Where "read the whole article" leads (the library's reading view). */
  readHref: string;
  /** Copy the passage with its source. */
  onCopy: (passage: Passage, article: Article) => void;
  /** Hide this passage on this site for good; absent where hiding makes no sense (search). */
  onHide?: (passage: Passage) => void;
}

/** A page cue in words: "Product title: “Echo Dot” – read as smart speaker". */
export function describeCue(cue: Cue, t: Translate, language: 'de' | 'en'): string {
  switch (cue.kind) {
    case 'pageKind':
      return t('cuePageKind', [
        t(`site_${cue.site}`),
        t(`pageType_${cue.pageType.replace(/-/g, '_')}`),
        conceptLabel(cue.concept, language),
      ]);
    case 'concept':
      return t('cueLine', [t(`cueSource_${cue.source}`), cue.words, conceptLabel(cue.concept, language)]);
    case 'namesake':
      return t('cueNamesake', [t(`cueSource_${cue.source}`), cue.words, conceptLabel(cue.concept, language)]);
    case 'sharedWord':
      return t('cueSharedWord', [t(`cueSource_${cue.source}`), cue.words]);
  }
}

/** One passage, explained: text, why it was chosen, where it comes from, what the user can do with it. */
export default function PassageCard({
  passage,
  article,
  why,
  terms,
  uiLanguage,
  readHref,
  onCopy,
  onHide,
}: PassageCardProps) {
  const t = useT();
  const headingId = `title-${passage.id.replace(/[^a-z0-9-]/gi, '-')}`;
  return (
    <li class="passage" data-passage-id={passage.id} tabIndex={-1} aria-labelledby={headingId}>
      <h3 class="passage__title" id={headingId}>
        <span lang={titleLanguage(article, uiLanguage)}>{articleTitle(article, uiLanguage)}</span>
      </h3>
      <p class="passage__source">{sourceLine(article, t)}</p>
      {passage.section && (
        <p class="passage__section" lang="de">
          {passage.section}
        </p>
      )}
      <blockquote class="passage__text" lang="de">
        <HighlightedText text={passage.text} terms={terms} />
      </blockquote>
      {why && (
        <details class="passage__why">
          <summary>{t('whyThisPassage')}</summary>
          <ul>
            {why.cues.map((cue, index) => (
              <li key={index}>{describeCue(cue, t, uiLanguage)}</li>
            ))}
            {why.matchedTerms.length > 0 && (
              <li>
                {t('matchedTerms')} <span lang="de">{why.matchedTerms.join(', ')}</span>
              </li>
            )}
            {why.topics.length > 0 && (
              <li>{t('topicsLine', why.topics.map((topic) => t(`topic_${topic}`)).join(', '))}</li>
            )}
          </ul>
        </details>
      )}
      {uiLanguage !== 'de' && (
        <details class="passage__summary">
          <summary>{t('editorsSummary')}</summary>
          <p>{article.summary.en}</p>
        </details>
      )}
      <div class="passage__actions">
        <a href={readHref} target="_blank" rel="noopener">
          {t('readWholeArticle')}
        </a>
        <button type="button" onClick={() => onCopy(passage, article)}>
          {t('copyQuote')}
        </button>
        {onHide && (
          <button type="button" onClick={() => onHide(passage)}>
            {t('notRelevantHere')}
          </button>
        )}
      </div>
    </li>
  );
}
