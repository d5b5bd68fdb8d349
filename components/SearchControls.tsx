import { TOPICS, type Topic } from '../core/types';
import { useT } from './i18n';

export interface SearchControlsProps {
  query: string;
  /** Topics the results are limited to (none: all). */
  topics: readonly Topic[];
  onQuery: (query: string) => void;
  onToggleTopic: (topic: Topic) => void;
  /** ArrowDown in the search box: move into the results. */
  onEnterResults: () => void;
  /** The search box's label, when it searches something else than the passages (the library). */
  label?: string;
}

/** The search box and the topic filters. */
export default function SearchControls({
  query,
  topics,
  onQuery,
  onToggleTopic,
  onEnterResults,
  label,
}: SearchControlsProps) {
  const t = useT();
  return (
    <div class="search" role="search">
      <label for="kehrseite-search">{label ?? t('searchLabel')}</label>
      <input
        id="kehrseite-search"
        type="search"
        value={query}
        placeholder={t('searchPlaceholder')}
        autocomplete="off"
        spellcheck={false}
        onInput={(event) => onQuery(event.currentTarget.value)}
        onKeyDown={(event) => {
          if (event.key === 'ArrowDown') {
            event.preventDefault();
            onEnterResults();
          } else if (event.key === 'Escape' && query !== '') {
            event.preventDefault();
            event.stopPropagation();
            onQuery('');
          }
        }}
      />
      <div class="search__topics" role="group" aria-label={t('topicFilter')}>
        {TOPICS.map((topic) => (
          <button
            key={topic}
            type="button"
            class="chip"
            aria-pressed={topics.includes(topic)}
            onClick={() => onToggleTopic(topic)}
          >
            {t(`topic_${topic}`)}
          </button>
        ))}
      </div>
    </div>
  );
}
