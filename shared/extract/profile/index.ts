/** Site profiles learned from the team's corrections (issue 10, item 2): the schema, learning one, applying one. */
export { SiteProfileSchema, profileHost, learnedFields, LEARNED_FIELDS, type SiteProfile, type Learned, type LearnedField } from './schema.ts';
export { deriveProfile, type ProfileLesson } from './derive.ts';
export { applyProfile } from './apply.ts';
