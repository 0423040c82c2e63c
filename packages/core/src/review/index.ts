export * from './aggregate.js';
export * from './commands.js';
export * from './decide.js';
export * from './events.js';
export * from './inputPack.js';
export * from './lifecycle.js';
export * from './state.js';
export * from './vocabulary.js';
