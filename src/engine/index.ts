/** The indicator engine: pure functions from published numbers to figures readers can trust. */
export * from './symbols.ts';
export * from './figure.ts';
export * from './decimal.ts';
export * from './rounding.ts';
export * from './periods.ts';
export * from './measure-input.ts';
export * from './measures.ts';
export * from './series.ts';
export * from './direction.ts';
export * from './rag.ts';
export * from './benchmarks.ts';
export * from './suppression.ts';
export * from './format.ts';
export * from './plural.ts';
export * from './slug.ts';
