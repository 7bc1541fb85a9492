// The clinical library for every process: schemas and types, and pure clinical functions. No Node or DOM code
// here; the file loader lives in electron/main/clinical/load-library.ts.
export * from './schema';
export * from './dates';
export * from './format';
export * from './dose';
export * from './regimen';
export * from './car-t';
export * from './gradable';
export * from './astct';
export * from './icans';
export * from './ctcae';
export * from './integrity';
export * from './source-check';
export * from './weight-check';
export * from './unverified-report';
export * from './french';
