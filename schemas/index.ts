export * from './common.js';
export * from './document.js';
export * from './statement.js';
export * from './divergence.js';
export * from './actor.js';
export * from './event.js';
export * from './compare.js';
export * from './health.js';
