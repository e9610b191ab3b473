export * from './client';
export * from './errors';
export * from './events';
export * from './grid';
export * from './methods';
export * from './models';
export * from './import';
export * from './shell';
