export * from './cells.ts';
export * from './indicator.ts';
export * from './area.ts';
export * from './population.ts';
export * from './observation.ts';
export * from './target.ts';
export * from './relation.ts';
export * from './glossary.ts';
