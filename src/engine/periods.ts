/** Everything about periods in one import; the concepts live in period*.ts. */
export * from './period.ts';
export * from './period-parse.ts';
export * from './period-forms.ts';
export * from './period-read.ts';
export * from './period-format.ts';
export * from './period-compare.ts';
export * from './period-arithmetic.ts';
