/** The classes of the learned organizer choice: a candidate is the item's organizer or not (model/organizer.ts). */
export type OrganizerClass = 'other' | 'organizer';
