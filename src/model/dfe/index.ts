/** Benchmarks derived from DfE's national files: pure functions over the dataset and the engine. */
export * from './reportingPeriod.ts';
export * from './neighbourModelFor.ts';
export * from './dfeRow.ts';
export * from './dfeFigure.ts';
export * from './neighbourBenchmark.ts';
export * from './deriveBenchmark.ts';
export * from './comparePaperBenchmarks.ts';
export * from './comparisonYear.ts';
