/**
 * The shape of one language's cue words. Each language is one small file (de.ts, en.ts) registered in index.ts;
 * the pipeline asks the registry, never a switch over words.
 */
import type { DeadlineKind } from '../../schema.ts';

/** What a date on a page is, as the cue words around it tell. */
export type DateRole =
  | 'deadline' // an action deadline (application, interest, submission, registration)
  | 'event' // when an event takes place
  | 'publication' // publication, "Stand", update and letter dates
  | 'opening' // a window opens ("ab 7. März", "opening date")
  | 'period' // project period, project start, completion
  | 'decision' // jury, committee, award, payment dates
  | 'replaced' // a deadline the page says was replaced or waived
  | 'closed'; // the date of a round the page says is over

/** One cue: words that, near a date, say what the date is. */
export interface DateCue {
  id: string;
  pattern: RegExp;
  role: DateRole;
  /** strength; a cue right before the date counts double */
  weight: number;
  /** only counts when it ends right before the date ("ab", "seit", "bis zum") */
  adjacent?: boolean;
}

/** A deadline kind and the words that name it. */
export interface KindCue {
  kind: DeadlineKind;
  pattern: RegExp;
  /** the label a deadline of this kind gets when the page gives none */
  label: string;
}

/**
 * The date words of a language the extractor reads only for its dates (French, Italian, the Nordic languages, Dutch):
 * what a date near them is, and the deadline kinds they name. Their cue ids are those of the English set for the same
 * thing ("deadline", "until", "apply", "opening"), so the learned role decision reads "date limite" as it reads
 * "deadline".
 */
export interface DateWords {
  dates: DateCue[];
  kinds: KindCue[];
  /** the name of a window one applies in ("période de candidature", "åbent for ansøgninger"): see `CueSet.windows` */
  windows: RegExp;
}

export interface CueSet {
  /** date cues, read in the sentence (or the field label) around a date */
  dates: DateCue[];
  /** deadline kinds, first match wins */
  kinds: KindCue[];
  /** words that make a text an event (Konferenz, webinar …) */
  eventNouns: RegExp;
  /** words that make a text a call (Förderaufruf, Wettbewerb, call for proposals …) */
  callNouns: RegExp;
  /**
   * a request for contributions to an event ("call for papers", "Beiträge einreichen", "Themenvorschläge bis"): with a
   * deadline of its own, the event's page also announces a call (not for registration: "Anmeldung bis", "register by")
   */
  contributionCall: { pattern: RegExp; label: string; /** what is submitted, as a date's label ("Full papers (optional): …") */ nouns: RegExp };
  /** a round the page says is over */
  closed: RegExp;
  /** a deadline the page says was extended or moved ("Die Frist wurde bis zum 14. April verlängert"): it replaces the one before it */
  extended: RegExp;
  /** a call that accepts applications at any time */
  rolling: RegExp;
  /** an invitation to apply now ("Anträge können … eingereicht werden", "Zum Antrag", "is accepting applications"); read as `rolling` too */
  invites: RegExp;
  /** the name of a window one applies in ("Antragszeitraum", "Förderrunde", "application period"): a span so named closes on its last day */
  windows: RegExp;
  /** a deadline relative to something else ("sechs Wochen vor Projektbeginn") */
  relative: RegExp;
  /**
   * Words every match of `closed`, `relative` and `rolling` holds, copied from those patterns: every block of a page is
   * searched for all three, and most blocks hold none of these words, so the costly pattern runs only where its hint is
   * found. A hint must never miss what its pattern finds (test/shared/extract/cues/hints.test.ts).
   */
  hints: { closed: RegExp; relative: RegExp; rolling: RegExp };
  /** headings of teasers and links to other pages ("Weitere Meldungen", "Similar grants") */
  teaserHeadings: RegExp;
  /** a council's or committee's session ("Sitzung des Ausschusses für …", "council meeting"): a decision meeting, no event */
  councilSession: RegExp;
  /**
   * an occasion a call's sentence names that is no offer to attend: a prize handed over at it ("Verliehen wird der Preis
   * am … bei einer Festveranstaltung"), a body's meeting that decides, a date only planned or moved (announced-events.ts)
   */
  notAnOffer: RegExp;
  /** a page template's heading that names the kind of page, not its item ("Aktuelles", "Detailansicht", "News") */
  genericHeadings: RegExp;
  /** headings that name a field, not an item ("Datum / Uhrzeit", "Veranstaltungsort", "Downloads") */
  fieldHeadings: RegExp;
  /** the label of an event's date, start, end, time, place and organizer in label/value layouts */
  fields: {
    date: RegExp;
    start: RegExp;
    end: RegExp;
    time: RegExp;
    startTime: RegExp;
    endTime: RegExp;
    place: RegExp;
    organizer: RegExp;
  };
  /** online-only events */
  online: RegExp;
  /** travel words before a clock time ("Abfahrt 7:00 Uhr", "Rückkehr gegen 20 Uhr"): a trip's logistics, not the event's hours */
  travel: RegExp;
  /**
   * words saying that what a sentence states holds for every one of a set ("jeweils", "each", "all", "normally"; not
   * "beide"/"both", which points at the dates just told): a clock time so stated, in a sentence with no date of its own, is the time of all the page's dates of
   * that sort ("Beginn jeweils 18 Uhr", "Meetings normally take place at 7.30pm", "All deadlines … end at 12.00 (noon)")
   */
  statedOnce: RegExp;
  /** words before a programme's quoted name ("Programm „…“") */
  programmeWords: RegExp;
  /** a link text that only leads elsewhere ("Mehr", "weiterlesen") */
  moreLinks: RegExp;
  /**
   * a job advertisement (an opportunity for a person, not for the user's institution): two signals, one of them strong
   * ("(m/w/d)", "Stellenausschreibung"); pay scales alone ("TVöD", "in Vollzeit") also describe calls that fund staff
   */
  jobAd: { strong: RegExp; weak: RegExp };
  /**
   * words around a body for the learned organizer choice (features/organizer.ts): a host or portal that lists others'
   * items ("Nachrichtenportal", "Observatory", "Startseite"), and phrases before a body that is a partner or a funder,
   * not the issuer ("in Kooperation mit", "gefördert von")
   */
  organizerWords: {
    host: RegExp;
    partner: RegExp;
    funder: RegExp;
    /** a sentence that says who issues or runs something ("Veranstaltungen der …", "freut sich", "invites"): organizer.ts */
    issuing: RegExp;
    /** a subject that is the item itself ("Das Webinar richtet …", "The competition offers …"), not a body */
    itemSubject: RegExp;
    /** the opening preposition or adverb of a sentence ("Zur Vorbereitung bietet …"), no body's name */
    notAName: RegExp;
    /** a name's last part that makes a lone word a body ("Umweltministerium", "Rhein-Sieg-Kreis", "Council") */
    bodyEnd: RegExp;
    /** what a listing calls its entries when it speaks of them as its own ("unsere Termine", "our events") */
    offerings: RegExp;
    /** a text in the first person ("unsere Webinare", "Join us at …") */
    firstPerson: RegExp;
  };
  /** the page declares month/day/year dates */
  usDates: RegExp;
}
