/** One figure as printed: with a budget, PASS when the figure is within it; without, for reference. */
export interface Figure {
  what: string;
  figure: string;
  budget?: string;
  pass?: boolean;
}

/**
 * Runs the browser measurements, printing each line through `print`; `judgedSilent` holds the slugs of
 * the saved pages that npm run eval's judge keeps silent. Returns the figures.
 */
export function browserBench(
  print: (line: string) => void,
  judgedSilent: ReadonlySet<string>,
): Promise<Figure[]>;

/** The sections KEHRSEITE_BENCH_ONLY names (bytes, silent, shown, cold, big, synthetic), or undefined for a whole run. */
export const BENCH_SECTIONS: readonly string[] | undefined;
