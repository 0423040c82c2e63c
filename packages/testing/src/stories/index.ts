/**
 * Random stories of the demo organisation (`randomStory()`), written to an in-memory store whose
 * clock follows the story (`storyStore`, `writeStory`), for property tests of read models.
 */
export { type RandomStory, randomStory } from './randomStory.js';
export { storyStore, storyTenant, writeStory } from './writeStory.js';
