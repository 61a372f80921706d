/**
 * Phrases that name who runs something without a "Label:" field: "Hosted by Energy Cities · In person", "Ein Angebot
 * der Landeszentrale für politische Bildung Baden-Württemberg (LpB)", "Ein Fachtag des Eine Welt Landesnetzwerks
 * Mecklenburg-Vorpommern e. V. in Kooperation mit dem Städte- und Gemeindetag …". The name runs from the phrase to the
 * first word that cannot belong to a name; a partner named "in Kooperation mit" joins it ("A / B"). Funders
 * ("gefördert von …") are not organizers and have no phrase here.
 */

/** the words before the name: a passive "… by/von", or "Ein Angebot/Fachtag … der/des" */
const BY = new RegExp(
  [
    String.raw`(?:hosted|organi[sz]ed|co-organi[sz]ed|convened|run|presented|brought to you|offered|delivered)\s+by\s+(?:the\s+)?`,
    String.raw`(?:veranstaltet|ausgerichtet|organisiert|durchgeführt|angeboten|herausgegeben)\s+(?:von|vom|durch)\s+(?:der\s+|dem\s+|den\s+|die\s+)?`,
    String.raw`(?<![\p{L}])ein(?:e)?\s+(?:Angebot|Veranstaltung|Veranstaltungsreihe|Fachtag|Seminar|Online-Seminar|Webinar|Workshop|Kooperationsveranstaltung|Tagung|Konferenz|Initiative|Projekt)\s+(?:der|des|vom|von\s+der|von\s+dem|von)\s+`,
  ].join('|'),
  'iu',
);
/** the words that join a partner to the name */
const PARTNER = /\s+(?:in\s+Kooperation\s+mit|in\s+Zusammenarbeit\s+mit|gemeinsam\s+mit|in\s+cooperation\s+with|in\s+partnership\s+with|together\s+with)\s+(?:der\s+|dem\s+|den\s+|the\s+)?/iu;
/** a word that can stand inside a name: capitalised, an acronym in brackets, a connector, an adjective ("politische") */
const NAME_WORD = /^(?:\p{Lu}[\p{L}\d.&'’-]*|\(\p{Lu}[\p{L}\d-]{1,10}\)|für|des|der|und|in|im|am|an|von|of|the|for|and|de|du|e\.|V\.|\p{Ll}+(?:liche|lichen|ische|ischen)|\p{L}+-)$/u;
/** capitalised words that end a name: the next sentence or clause starts */
const STOP_WORD = /^(?:Die|Der|Das|Im|Am|In|Wir|Sie|Es|Mit|Bei|Zur|Zum|The|We|You|It|On|At|With|Free|Online|Hybrid|Termin|Datum|Ort)$/u;
/** abbreviations whose dot is part of the name */
const ABBREVIATION = /^(?:e|V|St|Dr)\.$/u;

/** The body a phrase names in a text ("Hosted by …"), with a partner named after it; undefined when there is none. */
export function namedByPhrase(text: string): string | undefined {
  const m = BY.exec(text);
  if (!m) return undefined;
  const rest = text.slice(m.index + m[0].length);
  const partner = PARTNER.exec(rest);
  const first = nameAt(partner ? rest.slice(0, partner.index) : rest);
  if (!first) return undefined;
  // the partner counts only when the phrase follows the name directly ("A e. V. in Kooperation mit B")
  const joined = partner && !/[\p{L}\d]/u.test(rest.slice(first.length, partner.index).replace(/e\.\s?V\.|gGmbH|GmbH/gu, ''));
  const second = joined ? nameAt(rest.slice(partner.index + partner[0].length)) : undefined;
  return [first, second].filter((n): n is { name: string; length: number } => !!n).map((n) => tidy(n.name)).filter(Boolean).join(' / ') || undefined;
}

/** The name at the start of a text: words while they can belong to a name, ending on a capitalised word or an acronym. */
function nameAt(text: string): { name: string; length: number } | undefined {
  const words: Array<{ word: string; end: number }> = [];
  let at = 0;
  for (const m of text.matchAll(/(\s*)([^\s·|;,]+)/gu)) {
    if (m.index !== at) break; // a separator (·, |, ;, ,) ends the name
    let word = m[2];
    // a full stop ends the sentence, and the name with it (not the dot of "e. V.")
    const stop = /[.:]$/u.test(word) && !ABBREVIATION.test(word);
    if (stop) word = word.slice(0, -1);
    if (!word || !NAME_WORD.test(word) || (words.length > 0 && STOP_WORD.test(word)) || words.length >= 12) break;
    words.push({ word, end: m.index + m[1].length + word.length });
    at = m.index + m[0].length;
    if (stop) break;
  }
  // the name ends on a capitalised word, an acronym or a legal form, not on a connector
  while (words.length && !/^[\p{Lu}(]/u.test(words[words.length - 1].word) && !ABBREVIATION.test(words[words.length - 1].word)) words.pop();
  if (!words.length) return undefined;
  return { name: words.map((w) => w.word).join(' '), length: words[words.length - 1].end };
}

/** Without its legal form and with the nominative of a genitive head noun ("Landesnetzwerks" → "Landesnetzwerk"). */
function tidy(name: string): string {
  return name
    .replace(/\s+(?:e\.\s?V\.|gGmbH|GmbH|gAG|AG)$/u, '')
    .replace(/(?<=\p{L})(netzwerk|verein|verband|forum|bündnis|werk)(?:es|s)(?![\p{L}])/giu, '$1')
    .trim();
}
