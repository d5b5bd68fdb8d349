import { useState } from 'preact/hooks';
import { conceptLabel } from '../core/lexicon';
import type { Cue, Passage, Why } from '../core/types';
import type { ArticleInfo } from '../utils/messages';
import type { Translate } from '../utils/translate';
import HighlightedText from './HighlightedText';
import { useT } from './i18n';

export interface PassageCardProps {
  passage: Passage;
  article: ArticleInfo;
  /** Why it was offered; absent for search results, which show only their matched words. */
  why?: Why;
  /** Words to highlight in the text. */
  terms: readonly string[];
  /** The UI language: English readers see the editors' English gist with the German passage. */
  uiLanguage: 'de' | 'en';
  /** Opened at first: the whole passage and why it was chosen, not just its beginning. */
  initiallyExpanded?: boolean;
  /** Where "read the whole article" leads (the library's reading view). */
  readHref: string;
  /** Copy the passage with its source. */
  onCopy: (passage: Passage, article: ArticleInfo) => void;
  /** Hide this passage here ("not relevant here"); absent where hiding makes no sense (search). */
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

/** The editors' English gist of a passage, marked as theirs; the passage itself stays German. */
function Gist({ passage }: { passage: Passage }) {
  const t = useT();
  return (
    <p class="passage__gist" data-testid="passage-gist" lang="en">
      <span class="passage__gist-label">{t('editorsGist')}</span> {passage.gist}
    </p>
  );
}

/**
 * One passage, explained: the verbatim German text (its beginning while compact), the editors' English
 * gist, why it was chosen, and what the user can do with it. The article it belongs to is named by the
 * group around it (ArticleGroup).
 */
export default function PassageCard({
  passage,
  article,
  why,
  terms,
  uiLanguage,
  initiallyExpanded = false,
  readHref,
  onCopy,
  onHide,
}: PassageCardProps) {
  const t = useT();
  const [expanded, setExpanded] = useState(initiallyExpanded);
  const textId = `text-${passage.id.replace(/[^a-z0-9-]/gi, '-')}`;
  return (
    <li
      class={expanded ? 'passage passage--expanded' : 'passage'}
      data-passage-id={passage.id}
      tabIndex={-1}
      aria-describedby={textId}
    >
      {expanded && passage.section && (
        <p class="passage__section" lang="de">
          {passage.section}
        </p>
      )}
      <blockquote class="passage__text" id={textId} lang="de">
        <HighlightedText text={passage.text} terms={terms} />
      </blockquote>
      {uiLanguage === 'en' ? (
        <Gist passage={passage} />
      ) : (
        expanded && (
          <details class="passage__gist-toggle">
            <summary>{t('showGist')}</summary>
            <Gist passage={passage} />
          </details>
        )
      )}
      {expanded && why && (
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
      <div class="passage__actions">
        <button
          type="button"
          class="passage__more"
          aria-expanded={expanded}
          aria-controls={textId}
          onClick={() => setExpanded(!expanded)}
        >
          {expanded ? t('showLess') : t('showMore')}
        </button>
        <a href={readHref} target="_blank" rel="noopener">
          {t('readWholeArticle')}
        </a>
        <button type="button" data-testid="copy-quote" onClick={() => onCopy(passage, article)}>
          {t('copyQuote')}
        </button>
        {onHide && (
          <button type="button" data-testid="hide-passage" onClick={() => onHide(passage)}>
            {t('notRelevantHere')}
          </button>
        )}
      </div>
    </li>
  );
}
