/** One figure with a budget, as printed: PASS when the figure is within it. */
export interface Budget {
  what: string;
  figure: string;
  budget: string;
  pass: boolean;
}

/** Runs the browser measurements, printing each line through `print`; returns the budgets. */
export function browserBench(print?: (line: string) => void): Promise<Budget[]>;
