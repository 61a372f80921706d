/** German cue words. Each entry says what a date near these words is; see cues/types.ts. */
import type { CueSet } from './types.ts';
import { parts, stems, wholeWords } from './words.ts';

export const de: CueSet = {
  dates: [
    // action deadlines: the strongest words name the deadline itself ("…schluss", but not a Beschluss or Abschluss)
    { id: 'frist', pattern: parts('(?<!(?<!ga)be)frist(?!gerecht)|(?<!be|ab)schluss(?![\\p{L}])|stichtag|deadline|abgabetermin|einreichungstermin'), role: 'deadline', weight: 5 },
    { id: 'bis', pattern: stems('(?:noch |spätestens |jeweils |jedoch )*bis (?:spätestens |einschließlich |zum |zu |am )*(?:\\p{L}+, (?:den )?)?$|spätestens (?:am |zum |bis )?$|bis spätestens$|einschließlich$'), role: 'deadline', weight: 3, adjacent: true },
    { id: 'ende', pattern: stems('endet|läuft (?:noch )?bis|enden am|ablauf|eingang bis|eingehen|vorliegen|einreich|eingereicht|beantrag|anträge|antrag|bewerb|anmeld|melden sie sich|einsend|eingesandt'), role: 'deadline', weight: 2 },
    // the event itself
    { id: 'stattfinden', pattern: stems('statt(?:finden|findet|fand)|findet .{0,60} statt|kommen .{0,100}zusammen|zusammenkommen|treffen sich|lädt .{0,40} ein'), role: 'event', weight: 7 },
    { id: 'event-am', pattern: stems('(?:veranstaltung|konferenz|tagung|treffen|netzwerktreffen|vernetzungstreffen|jahrestagung|workshop|seminar|webinar|kongress|sitzung der|infoveranstaltung|fachtag|informationsabend|infoabend|themenabend|diskussionsabend|vortragsabend|bürgerdialog)\\p{L}* (?:am|vom)\\s*$'), role: 'event', weight: 3, adjacent: true },
    // "Zeitraum" standing alone is a trip's or a course's dates; compounds (Förderzeitraum, Antragszeitraum) are not matched
    { id: 'termin', pattern: wholeWords('termin|datum|wann|datum von|datum bis|veranstaltungsdatum|veranstaltungstermin|zeitraum|reisezeitraum|reisetermin'), role: 'event', weight: 4 },
    // publication, status and letter dates
    // "Stand:" / "Stand 05.03.2026", not a market stall ("mit einem Stand beteiligen")
    { id: 'stand', pattern: stems('(?<!(?:ein|einen|einem|eigenen|eigenem|ihren|ihrem|am|dem|den|zum) )stand(?![\\p{L}])|veröffentlicht|letzte änderung|zuletzt (?:aktualisiert|geändert)|aktualisiert am|mit datum vom|artikel vom|erschienen am|datum des schreibens|pressemitteilung vom|ausgabe vom|redaktionsschluss|(?:newsletter|rundbrief|infobrief|meldung|nachricht)(?: [\\p{L}-]+){0,4} vom'), role: 'publication', weight: 6 },
    // a window opens
    { id: 'ab', pattern: stems('(?:ab|seit|beginnend|frühestens) (?:dem |den |am |sofort )?$|ab (?:\\p{L}+, )?(?:dem |den )?$'), role: 'opening', weight: 4, adjacent: true },
    { id: 'start-bewerbung', pattern: stems('beginn der (?:antragstellung|bewerbungsphase|einreichung)|start der (?:bewerbungsphase|einreichung)|öffnet am|freigeschaltet'), role: 'opening', weight: 5 },
    // project periods and completion
    { id: 'projekt', pattern: parts('projektbeginn|projektstart|projektende|projektlaufzeit|laufzeit|förderzeitraum|durchführungszeitraum|projektzeitraum|projektdurchführung|maßnahmebeginn'), role: 'period', weight: 4 },
    // what the funded project must do by a date ("die Maßnahmen sind bis zum 30.06.2027 abzuschließen", "Die Projekte laufen bis …",
    // "Die Förderung ist bis zum 31.01.2028 befristet", "Die Vorhaben müssen bis 31.12.2026 durchgeführt werden",
    // "… müssen bis 30. 11. durchgeführt und bis 15. 12. abgerechnet werden"); the verb
    // after the date outweighs the "bis" before it
    { id: 'abschluss', pattern: parts('abzuschließen|durchzuführen|umzusetzen|befristet|abgeschlossen sein|abgeschlossen werden|umgesetzt werden|durchgeführt werden|abgerechnet|abzurechnen|müssen .{0,60}?(?:durchgeführt|umgesetzt|abgeschlossen)(?![\\p{L}])|(?:projekte?|maßnahmen?|vorhaben) (?:laufen|läuft)'), role: 'period', weight: 7 },
    // reports a funded project owes (not an opportunity's deadline): "Zwischenbericht, der bis 31.12.2024 vorliegen muss"
    { id: 'bericht', pattern: parts('zwischenbericht|abschlussbericht|sachbericht|verwendungsnachweis|projektbericht'), role: 'period', weight: 5 },
    // decisions, juries, awards, payments
    { id: 'entscheidung', pattern: parts('jury|sitzung|ausschuss|entscheid|bekanntgegeben|bekanntgabe|preisverleihung|verleihung|auszahlung|mittelabruf|bewilligung|zusage|auswahl der|gewinner'), role: 'decision', weight: 4 },
    // notifying applicants of the outcome ("Alle Bewerber werden bis Ende Mai über das Ergebnis informiert",
    // "Die Gesuchstellenden erhalten bis Mitte Juli Bescheid")
    { id: 'ergebnis', pattern: stems('(?:über )?(?:das|die) (?:ergebnis|ergebnisse|entscheidung)|benachrichtigt|informiert(?! sich)|erhalten .{0,40}bescheid|bescheid erhalten'), role: 'decision', weight: 11 },
    // sessions of a council and its committees decide (a Beratungsfolge, a Sitzungskalender): no event a reader attends
    { id: 'gremium', pattern: parts('ausschuss|gemeinderat|stadtrat|(?<!land)kreistag|stadtverordnet|ratssitzung|ortsbeirat|ortschaftsrat|bezirksvertretung|bezirksbeirat|gremium|gremien|beratungsfolge'), role: 'decision', weight: 5 },
    // replaced or waived deadlines
    { id: 'ersetzt', pattern: stems('(?:statt|anstatt|ursprünglich|bisher|alte frist|zuvor)(?: (?:am|dem|zum|bis zum|bis))?\\s*$'), role: 'replaced', weight: 8, adjacent: true },
    { id: 'entfaellt', pattern: stems('entfällt|entfallen|aufgehoben|gestrichen'), role: 'replaced', weight: 6 },
    // closed rounds
    { id: 'geschlossen', pattern: stems('(?:ist|sind|wurde|wurden) (?:bereits )?(?:beendet|abgeschlossen|abgelaufen|geschlossen)|endete am|abgelaufen'), role: 'closed', weight: 5 },
  ],
  kinds: [
    { kind: 'interest', pattern: parts('interessens?bekundung|projektskizze|skizze|projektidee einreich'), label: 'Interessenbekundung / Projektskizze' },
    { kind: 'registration', pattern: parts('anmeld|melden (?:sie )?sich|registrier|teilnahme'), label: 'Anmeldung' },
    { kind: 'submission', pattern: parts('einsend|beiträge|einreichung von|themenvorschläge|abstracts?'), label: 'Einsendeschluss' },
    { kind: 'application', pattern: parts('antrag|anträge|beantrag|bewerb|einreich|förder'), label: 'Antragsfrist' },
  ],
  eventNouns: parts('(?:informations|info|themen|vortrags|film|lese|kino|diskussions|netzwerk)abend|aktionstag|filmvorführung|lesung|bürgerdialog|veranstaltung|konferenz|tagung|treffen|workshop|seminar|webinar|kongress|fachtag|forum(?![\\p{L}])|messe(?![\\p{L}])|beratungsrunde|online-?beratung|infoveranstaltung|informationsveranstaltung|sprechstunde|exkursion|vortrag|diskussionsabend|austauschrunde|sitzung'),
  callNouns: parts('förderaufruf|aufruf|bekanntmachung|ausschreibung|wettbewerb|preis(?!e)|award|förderprogramm|förderung|fonds|zuschuss|zuschüsse|fördermittel|antrag|anträge|beantrag|bewerb|interessens?bekundung|projektskizze|einsendeschluss|förderlinie'),
  // (compounds count: "Die erste Förderrunde mit Einreichungsfrist 15. Januar 2026 ist abgeschlossen")
  contributionCall: {
    pattern: parts('call for (?:papers|abstracts|proposals|contributions)|beiträge einreichen|beitragsaufruf|einreichung von (?:abstracts|beiträgen|vorträgen|themenvorschlägen|vorschlägen)|abstracts? einreichen|themenvorschläge'),
    label: 'Call for Papers',
    nouns: parts('beiträge|beitrag|abstracts?|papers?|themenvorschläge|vorschläge|manuskript|langfassung'),
  },
  closed: stems('\\p{L}*(?:bewerbungsphase|bewerbungsfrist|antragsfrist|frist|einreichungsfrist|ausschreibung|aufruf|runde|antragsphase|phase|antragstellung|einreichung)\\p{L}* (?:[\\p{L}\\d„“"–.-]+ ){0,8}(?:ist|sind|wurde) (?:bereits |vorzeitig |frühzeitig |inzwischen |mittlerweile )*(?:beendet|abgeschlossen|abgelaufen|geschlossen|vorbei)|(?:keine|nicht mehr) (?:anträge|bewerbungen) (?:mehr )?(?:möglich|angenommen)|(?:anträge|bewerbungen) können (?:leider )?nicht mehr (?:gestellt|eingereicht|angenommen) werden' +
    // a heading's short form ("Preis 2024: Bewerbungsphase abgeschlossen") and a past-tense report ("als die Bewerbungsfrist … am 30. Juni ablief")
    '|(?:bewerbungsphase|antragsphase|bewerbungsfrist|einreichungsfrist|antragsfrist)\\p{L}* (?:beendet|abgeschlossen|abgelaufen|geschlossen)(?![\\p{L}])' +
    // a headline's short form of a call or round that is over ("Wettbewerbsaufruf beendet", "Förderrunde abgeschlossen")
    '|\\p{L}*(?:aufruf|ausschreibung|runde|antragstellung|einreichung) (?:beendet|abgeschlossen|geschlossen)(?![\\p{L}])' +
    '|(?:bewerbungs|antrags|einreichungs|einsende)?frist\\p{L}* (?:[\\p{L}\\d„“"”.,–-]+ ){0,12}(?:ablief|auslief|abgelaufen war|endete)(?![\\p{L}])'),
  hints: {
    // each alternative of `closed` holds one of its deadline or round nouns, or "anträge"/"bewerbungen"
    closed: parts('frist|ausschreibung|aufruf|runde|phase|anträge|bewerbungen|antragstellung|einreichung'),
    // `relative` always reads "<n> Wochen/Monate/Tage vor"
    relative: parts('(?:wochen|monate|tage)\\s+vor\\s'),
    // `rolling`: "ihren Antrag", "Anträge/Bewerbungen können", "(fort)laufend", "jederzeit", "ganzjährig", "kein Stichtag", "ohne Frist"
    rolling: parts('antrag|anträge|bewerb|laufend|jederzeit|ganzjährig|stichtag|frist'),
  },
  extended: stems('verlänger|fristverlängerung|verschoben|neue frist'),
  windows: parts('(?:antrags|bewerbungs|einreichungs|einsende|ausschreibungs)(?:zeitr(?:au|äu)m|phase|fenster|runde)|förderrunde|förderaufruf läuft|aufruf läuft'),
  // an invitation to apply now: "Anträge können (über das Portal) gestellt werden" (not "nicht mehr"), a link "Zum Antrag"
  invites: stems('(?:sie )?stellen (?:sie )?ihren antrag|(?:anträge|förderanträge|projektanträge|bewerbungen) können (?:(?!nicht |keine |kein )[\\p{L}.,-]+ ){0,6}?(?:gestellt|eingereicht) werden|^(?:zum|zur) (?:online-?)?(?:antrag|bewerbung|antragsformular|bewerbungsformular|förderantrag)$|^jetzt (?:online )?(?:bewerben|beantragen|antrag stellen)|(?:anträge|bewerbungen) (?:können|werden) (?:[^.]{0,40}? )?jederzeit|jederzeit (?:gestellt|eingereicht|beantragt)'),
  rolling: stems('fortlaufend|laufend(?![\\p{L}])|jederzeit|ganzjährig|kein(?:en)? (?:festen? )?(?:stichtag|frist)|ohne (?:feste )?frist'),
  relative: stems('(?:mindestens |spätestens |bis )?(?:\\d+|ein|eine|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|zwölf)(?:\\s*[–-]\\s*\\d+)?\\s+(?:wochen|monate|tage|werktage)\\s+vor\\s+(?:dem |der )?(?:beginn|start|projektbeginn|projektstart|maßnahmebeginn|veranstaltung)[\\p{L} ]{0,30}'),
  teaserHeadings: stems('rückblick|weitere (?:meldungen|mitteilungen|nachrichten|artikel|beiträge|veranstaltungen|termine|informationen)|mehr zum thema|meistgelesen|das könnte sie auch interessieren|zum thema|aus dem ressort|neueste (?:artikel|beiträge)|ähnliche|verwandte|archiv|frühere|vergangene|newsletter|teilen|kontakt|ihr kontakt|ihr ansprechpartner|ansprechpartner|beratung(?![\\p{L}])'),
  councilSession: stems('(?:(?:öffentliche|nichtöffentliche|konstituierende|gemeinsame|außerordentliche|\\d+\\.) )*sitzung (?:des|der) (?:[\\p{L}-]+ ){0,2}?(?:\\p{L}*ausschuss(?:es)?|gemeinderat(?:e?s)?|stadtrat(?:e?s)?|kreistag(?:e?s)?|rat(?:e?s)?|ortsbeirat(?:e?s)?|ortschaftsrat(?:e?s)?|bezirksvertretung|stadtverordnetenversammlung|gemeindevertretung|kreisausschuss(?:es)?)(?![\\p{L}])|(?:gemeinderats|stadtrats|kreistags|ausschuss|rats)sitzung'),
  notAnOffer: stems('verliehen|überreicht|ausgezeichnet|preisverleihung|verleihung|preise werden|gewinner|verschoben|verschiebung|voraussichtlich|geplante[nr]?|vorstand|kabinett'),
  genericHeadings: wholeWords('aktuelles|aktuelle meldungen|aktuelle nachrichten|aktuell|neuigkeiten|nachrichten|meldungen?|detailansicht|details?|einzelansicht|artikel|beitrag|pressemitteilungen?|presse|news|startseite|inhalt|ausschreibungen|veranstaltungen|termine|förderung|förderprogramme'),
  fieldHeadings: stems('(?:datum|uhrzeit|zeit|termin|termine|wann|wo|ort|veranstaltungsort|anmeldung|kontakt|kalender|karte|anfahrt|downloads?|dokumente|fristen|die fristen|auf einen blick|teilnahme|kosten|programm|ablauf|zielgruppe|wer kann|was wird|was kann|wie beantrage|wie bewerbe|hintergrund|weitere informationen|informationen|stichtage|unterlagen|links|fragen|faq|förderhöhe|voraussetzungen)(?![\\p{L}])'),
  fields: {
    date: wholeWords('datum|termin|wann|veranstaltungsdatum|veranstaltungstermin|tag'),
    start: wholeWords('datum von|beginn|von|start'),
    end: wholeWords('datum bis|ende|bis'),
    time: wholeWords('zeit|uhrzeit'),
    startTime: wholeWords('uhrzeit von|beginn um|einlass'),
    endTime: wholeWords('uhrzeit bis|ende um'),
    place: wholeWords('ort|veranstaltungsort|wo|adresse|tagungsort|zielort|reiseziel'),
    organizer: stems('veranstalter|veranstaltet von|ausrichter|ausgerichtet von|organisator|fördergeber|zuwendungsgeber|herausgeber|träger|durchführung'),
  },
  statedOnce: wholeWords('jeweils|alle|allen|immer|stets|jede[nrs]?|regelmäßig|in der regel|grundsätzlich'),
  travel: stems('abfahrt|anreise|abreise|rückkehr|rückfahrt|hinfahrt|busabfahrt|treffpunkt'),
  online: stems('online|zoom|webex|webinar|videokonferenz|digital(?:e|es)? (?:veranstaltung|treffen)|virtuell|livestream'),
  programmeWords: stems('programm|projekt|wettbewerb|fonds|förderprogramm|initiative|aufruf|preis'),
  moreLinks: wholeWords('mehr|weiter|weiterlesen|mehr erfahren|details|zur anmeldung|anmelden|mehr informationen|hier'),
  jobAd: {
    strong: stems('\\([mwdx]/[mwdx]/[mwdx]\\)|stellenausschreibung|stellenanzeige|stellenangebot|wir suchen zum|sucht zum|vorstellungsgespräch'),
    weak: stems('entgeltgruppe|tvöd|tv-l(?![\\p{L}])|besoldungsgruppe|in vollzeit|in teilzeit'),
  },
  organizerWords: {
    host: stems('portal|nachrichten|news|magazin|zeitung|startseite|home|plattform|blog|kalender|termine|veranstaltungen|aktuelles|beobachtungsstelle'),
    partner: stems('in kooperation mit|in zusammenarbeit mit|gemeinsam mit|partner|unterstützt von|mit unterstützung|kooperationspartner|mitveranstalter'),
    funder: stems('gefördert von|gefördert durch|finanziert von|finanziert durch|mit mitteln|im auftrag|förderer|fördergeber|zuwendungsgeber'),
    issuing: /(?:veranstaltungen|termine|angebote|ausschreibungen|events|calls)\s(?:der|des|von)\s|freut sich|(?:hat|haben)\s.{0,160}?(?:veröffentlicht|aufgelegt|gestartet|ausgeschrieben)|(?<![\p{L}])legt\s.{0,100}?\sauf(?![\p{L}])|(?<![\p{L}])lobt\s.{0,100}?\saus(?![\p{L}])|ruft|aufgerufen|ausgerufen|veranstalte|organisier|durchgeführt|richtet(?! sich)|ausgerichtet|lädt|unterstützt|fördert|bietet|vergibt|verleiht|zeichnet|würdigt|prämiert|schreibt|ausgeschrieben/iu,
    itemSubject: /webinar|seminar|veranstaltung|konferenz|tagung|workshop|treffen|dialog|gespräch|diskussion|lesung|ausstellung|vortrag|podium|exkursion|rundgang|training|schulung|programm|projekt|wettbewerb|preis|fonds|aufruf|ausschreibung|förderung/iu,
    bodyEnd: /(?:stiftung|ministerium|kreis|verband|verein|netzwerk|bündnis|akademie|zentrum|zentrale|agentur|institut|regierung|kammer|amt|bank|rat|stelle|behörde|kommission|gesellschaft|büro|forum|initiative|staatskanzlei|senat|landtag|kanzlei|werk|bund|land)$/iu,
    offerings: /(?<![\p{L}])(?:angebote|termine|veranstaltungen)(?![\p{L}])/iu,
    firstPerson: /(?<![\p{L}])(?:unser[enmrs]?|wir)(?![\p{L}])/iu,
    notAName: /^(?:zur|zum|im|am|beim|mit|für|auf|in|ab|seit|bei|nach|vor|dazu|hierzu|außerdem|zudem|auch|darüber|dabei|deshalb|daher|damit|so)(?:\s|$)/iu,
  },
  usDates: stems('monat/tag/jahr|mm/tt/jjjj'),
};
