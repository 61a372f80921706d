/** The classes of the learned title choice: a candidate is the item's title or not (model/title.ts). */
export type TitleClass = 'other' | 'title';
