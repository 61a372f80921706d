/** One measured figure of `npm run bench`. */
export interface BenchFigure {
  name: string;
  value: number;
  unit: string;
  /** the target, written as the README states it ("≤ 100 ms") */
  target?: string;
  /** the baseline this figure is compared against, measured in the same run */
  baseline?: { name: string; value: number };
}

/** A group of figures (one per concern: sync, alerts, scraping, extension). */
export type Bench = () => Promise<BenchFigure[]>;
