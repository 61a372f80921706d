/**
 * Cue words for the title choice (features/title.ts): words that make a heading a template's or a section's label
 * rather than the name of a call or event ("Mitmachen", "Bewerbung", "Einreichungstermine", "How to apply"), and words
 * of a news headline ("… startet", "Frist verlängert", "now open"). One list for every language: pages mix them.
 * No word names a site, a page or a title.
 */
import { parts, stems, wholeWords } from './words.ts';

export interface TitleCues {
  /** a word that labels a part of a page or a kind of page, not an item */
  generic: RegExp;
  /** the same words as whole words, to count them in a heading */
  genericWord: RegExp;
  /** a news headline's verbs and markers */
  news: RegExp;
  /** nouns that name a programme or a call ("…fonds", "Förderaufruf", "Wettbewerb", "call for proposals") */
  programme: RegExp;
  /** nouns that name an event */
  event: RegExp;
}

const GENERIC =
  'mitmachen|bewerbung|bewerben|bewerbungsverfahren|termine|termin|aktuelles|aktuell|einreichungstermine|einreichungsfristen|einreichung|fristen|frist|' +
  'antragstellung|antragsverfahren|antragsmodalitäten|antrag|anträge|förderantrag|förderung|förderungen|stichtage|stichtag|teilnahme|teilnahmebedingungen|' +
  'ausschreibungen|informationen|information|infos|überblick|auf einen blick|veranstaltungshinweise|veranstaltungen|veranstaltung|newsletter|pressedienst|' +
  'pressemitteilungen?|presse|einzelansicht|detailansicht|details?|meldungen?|nachrichten|neuigkeiten|kontakt|downloads?|ablauf|verfahren|entscheidungswege|' +
  'häufige fragen|fragen|faq|wettbewerbe|projekte|themen|service|startseite|übersicht|hinweise|allgemeines|rückblick|archiv|kalender|' +
  'apply|how to apply|application|applications|deadlines?|key dates|dates|events?|news|overview|eligibility|funding|get involved|take part|about|' +
  'calls|opportunities|home|article|press releases?|updates?|kategorie|kategorien|category|categories|rubrik|schlagwort|seite|page|seiteninhalt|inhalt|content|' +
  'einsendeschluss|bewerbungsschluss|anmeldeschluss|antragsschluss|antragsfristen|antragsfrist|bewerbungsfristen|bewerbungsfrist|einreichfristen|einreichfrist|' +
  'einreichungsfrist|abgabefrist|interessenbekundung|allgemeine|allgemein|wichtige|wichtiges|aktuelle|laufende|zusammenfassung|kurzbeschreibung|beschreibung|' +
  'key|data|facts|summary|description|contact|documents';

export const titleCues: TitleCues = {
  generic: wholeWords(GENERIC),
  genericWord: new RegExp(`^(?:${GENERIC})$`, 'iu'),
  news: stems(
    'startet|gestartet|verlängert|geht in die|ab sofort|jetzt|erfolgreich|gewinnt|gewinner|ausgezeichnet|stärkt|unterstützt|erhält|erhalten|vergeben|' +
      'bekanntgegeben|sucht|gesucht|läuft|beginnt|eröffnet|ruft .{0,40}auf|startschuss|rückblick|bilanz|' +
      'launch(?:es|ed)?|announce[sd]?|extended|now open|opens|is open|wins?|awarded|welcomes?|seeks?',
  ),
  programme: parts(
    'fonds|programm|wettbewerb|preis(?!e)|aufruf|ausschreibung|bekanntmachung|förderlinie|richtlinie|initiative|award|prize|fund(?![\\p{L}])|funding|grant|call for|competition|programme|program(?![\\p{L}])',
  ),
  event: parts(
    'veranstaltung|konferenz|tagung|treffen|workshop|seminar|webinar|kongress|fachtag|forum|messe(?![\\p{L}])|lesung|vortrag|exkursion|infoabend|' +
      'sprechstunde|austausch|infotag|informationstag|reihe(?![\\p{L}])|conference|meeting|session|summit|symposium|training|course|roundtable|info days?|series',
  ),
};
