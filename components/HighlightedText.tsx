export interface HighlightedTextProps {
  /** The text, rendered as text only. */
  text: string;
  /** Words to mark, case-insensitively, also inside compounds ("daten" in "Kundendaten"). */
  terms: readonly string[];
}

const escape = (term: string) => term.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The text with the matched terms in <mark>: split into segments, never parsed as markup. */
export default function HighlightedText({ text, terms }: HighlightedTextProps) {
  const usable = [...new Set(terms.filter((term) => term.trim().length >= 2))].sort(
    (a, b) => b.length - a.length,
  );
  if (usable.length === 0) return <>{text}</>;
  const pattern = new RegExp(`(${usable.map(escape).join('|')})`, 'giu');
  const parts = text.split(pattern);
  return <>{parts.map((part, index) => (index % 2 === 1 ? <mark key={index}>{part}</mark> : part))}</>;
}
