export interface HighlightedTextProps {
  /** The text, rendered as text only. */
  text: string;
  /**
   * Words and phrases to mark, case-insensitively, where they stand as words: the engine names the
   * words that carried a match as written ("Kundendaten"), so "Ring" must not mark "gering" nor "App"
   * "Apple" (issue 11: highlight only what carried the match).
   */
  terms: readonly string[];
}

const escape = (term: string) => term.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The text with the matched terms in <mark>: split into segments, never parsed as markup. */
export default function HighlightedText({ text, terms }: HighlightedTextProps) {
  const usable = [...new Set(terms.filter((term) => term.trim().length >= 2))].sort(
    (a, b) => b.length - a.length,
  );
  if (usable.length === 0) return <>{text}</>;
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(${usable.map(escape).join('|')})(?![\\p{L}\\p{N}])`, 'giu');
  const parts = text.split(pattern);
  return <>{parts.map((part, index) => (index % 2 === 1 ? <mark key={index}>{part}</mark> : part))}</>;
}
