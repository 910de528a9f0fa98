/** Benchmarks derived from DfE's national files: pure functions over the dataset and the engine. */
export * from './reporting-period.ts';
export * from './neighbour-model-for.ts';
export * from './dfe-row.ts';
export * from './dfe-figure.ts';
export * from './neighbour-benchmark.ts';
export * from './derive-benchmark.ts';
export * from './compare-paper-benchmarks.ts';
export * from './comparison-year.ts';
