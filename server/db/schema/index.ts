export * from './taxonomy';
export * from './users';
export * from './organisations';
export * from './system';
export * from './imports';
export * from './saved-searches';
export * from './events';
