/**
 * Who runs what an article reports, named as the subject of its sentence ("Central Coast Council is running free
 * information sessions …", "Wychavon District Council is putting on a programme of workshops", "Die Volkshochschule
 * lädt …"): a newspaper's article about someone's programme names its host so, not in a "Label:" field.
 */

/** A sentence-initial name of capitalised words before a verb of running something. */
const SUBJECT = /(?:^|[.!?,;]\s+|\n)(?:(?:The|Die|Der|Das)\s+)?((?:\p{Lu}[\p{L}&'’-]*\s){1,4}?)(?:is\s+(?:running|putting\s+on|holding|hosting|organi[sz]ing|offering)|(?:veranstaltet|lädt|organisiert))\s/u;

/** The host a text's sentences name as their subject, if any. */
export function hostSubject(text: string): string | undefined {
  return SUBJECT.exec(text)?.[1].trim();
}
