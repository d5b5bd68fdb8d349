import type { Article, Passage } from '../../core/types';

/**
 * A synthetic corpus of `size` passages built from the real ones, for scaling measurements: each
 * passage strings together sentences drawn from real passages (deterministically), so the vocabulary,
 * word frequencies and topic mix stay those of real German journalism.
 */
export function syntheticCorpus(real: readonly Article[], size: number, seed = 1): Article[] {
  const sources = real.flatMap((article) => article.passages);
  const sentences = sources.map((p) => p.text.split(/(?<=[.!?])\s+/).filter((s) => s.length > 20));
  let state = seed;
  const random = () => {
    // xorshift32: fast, deterministic, good enough to mix sentences.
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return (state >>> 0) / 0x1_0000_0000;
  };
  const perArticle = 50;
  const articles: Article[] = [];
  for (let a = 0; a * perArticle < size; a++) {
    const template = real[a % real.length]!;
    const passages: Passage[] = [];
    for (let i = 0; i < perArticle && a * perArticle + i < size; i++) {
      const base = Math.floor(random() * sources.length);
      const own = sentences[base]!;
      const other = sentences[Math.floor(random() * sources.length)]!;
      const text = [...own.slice(0, 2), ...other.slice(0, 2)].join(' ') || sources[base]!.text;
      passages.push({
        id: `synthetic-${a}/p${i}`,
        text,
        topics: sources[base]!.topics,
        gist: sources[base]!.gist,
      });
    }
    articles.push({ ...template, id: `synthetic-${a}`, passages });
  }
  return articles;
}
