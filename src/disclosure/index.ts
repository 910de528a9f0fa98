/** Disclosure control after the build: find any withheld figure that a built site shows or gives away. */
export * from './suppressed-figure.ts';
export * from './suppressed-figures.ts';
export * from './site-secrets.ts';
export * from './leak.ts';
export * from './scan-dist.ts';
export * from './table-reveals.ts';
export * from './number-tokens.ts';
export * from './disclosure-integration.ts';
export * from './format-notes.ts';
