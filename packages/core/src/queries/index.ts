export * from './previousActions.js';
