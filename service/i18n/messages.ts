/**
 * The service's user-facing messages in both languages (DESIGN.md "HTTP API": the error envelope's `message` and each
 * `details.fields[].message`). The service raises its errors with the English text; the envelope looks that text up
 * here and answers the German one unless the client asks for English (service/i18n/localize.ts). `{name}` marks a
 * dynamic part (an address, a field path, a limit): it is taken from the English text and kept as it is.
 *
 * A message that is not here reaches a German reader as the generic text of its error code ({@link GENERIC}), never
 * half in English. Add a message here when you add one to the service.
 */

/** One message: the English text the service raises (the key of the lookup) and its German text. */
export interface CatalogueEntry {
  en: string;
  de: string;
}

/** Messages of whole errors (the envelope's `message`). */
const ERRORS = {
  // the envelope and the middleware
  noSuchRoute: { en: 'no such route', de: 'Diese Adresse gibt es im Dienst nicht.' },
  malformedJson: { en: 'malformed JSON in request body', de: 'Der Inhalt der Anfrage ist kein gültiges JSON.' },
  internal: { en: 'internal error', de: 'Im Dienst ist ein interner Fehler aufgetreten.' },
  bodyTooLarge: { en: 'request body larger than {size} MB', de: 'Der Inhalt der Anfrage ist größer als {size} MB.' },
  invalidBody: { en: 'invalid body: {fields}', de: 'Ungültige Angaben in: {fields}' },
  invalidBodyWhole: { en: 'invalid body', de: 'Die Angaben sind ungültig.' },
  invalidQuery: { en: 'invalid query: {fields}', de: 'Ungültige Abfrageparameter: {fields}' },
  invalidQueryWhole: { en: 'invalid query', de: 'Die Abfrageparameter sind ungültig.' },
  invalidParam: { en: 'invalid param: {fields}', de: 'Ungültiger Teil der Adresse: {fields}' },
  missingToken: { en: 'missing bearer token', de: 'Der Zugangsschlüssel fehlt (Authorization: Bearer …).' },
  malformedAuthorization: { en: 'malformed Authorization header', de: 'Die Angabe „Authorization“ ist fehlerhaft; erwartet wird „Bearer“ und der Zugangsschlüssel.' },
  unknownToken: { en: 'unknown or revoked token', de: 'Der Zugangsschlüssel ist unbekannt oder wurde widerrufen.' },
  tooManyAuthFailures: { en: 'too many failed authentications; try again later', de: 'Zu viele fehlgeschlagene Anmeldungen; bitte später erneut versuchen.' },
  // service/errors.ts defaults
  notFound: { en: 'not found', de: 'Nicht gefunden.' },
  roleMayNot: { en: 'your role may not do this', de: 'Ihre Rolle erlaubt das nicht.' },
  // items, sync, members, teams
  noSuchItem: { en: 'no such item', de: 'Diesen Eintrag gibt es nicht.' },
  itemIdTaken: { en: 'an item with this id exists', de: 'Einen Eintrag mit dieser ID gibt es schon.' },
  viewerCannotChangeItems: { en: 'a viewer cannot change items', de: 'Mit der Rolle „Nur lesen“ lassen sich keine Einträge ändern.' },
  viewerCannotPush: { en: 'a viewer cannot push', de: 'Mit der Rolle „Nur lesen“ lassen sich keine Änderungen senden.' },
  opIdReused: { en: 'opId was already used for a different op', de: 'Diese Änderung wurde unter ihrer Kennung schon mit anderem Inhalt gesendet.' },
  opItemNotInTeam: { en: 'itemId names no item of this team', de: 'Den Eintrag gibt es in diesem Team nicht.' },
  opCreatesWithoutTitle: {
    en: 'an op on an unknown item creates it and must set kind and title',
    de: 'Ein neuer Eintrag braucht Art und Titel.',
  },
  noSuchTeam: { en: 'no such team', de: 'Dieses Team gibt es nicht.' },
  noTeamWithId: { en: 'no team with id {id}', de: 'Es gibt kein Team mit der ID {id}.' },
  noSuchMember: { en: 'no such member', de: 'Dieses Mitglied gibt es nicht.' },
  lastAdminRemoved: { en: 'the last admin of a team cannot be removed', de: 'Die letzte Administration eines Teams kann nicht entfernt werden.' },
  lastAdminStays: { en: 'the last admin of a team must stay admin', de: 'Die letzte Administration eines Teams muss diese Rolle behalten.' },
  adminsManageMembers: { en: 'only an admin may manage members', de: 'Nur die Administration darf Mitglieder verwalten.' },
  // sources and extraction
  adminsManageSources: { en: 'only an admin may manage sources', de: 'Nur die Administration darf Quellen verwalten.' },
  noSuchSource: { en: 'no such source', de: 'Diese Quelle gibt es nicht.' },
  sourceBusy: { en: 'this source is being scraped right now', de: 'Diese Quelle wird gerade abgerufen.' },
  unknownPreset: { en: 'unknown preset', de: 'Diese Vorlage gibt es nicht.' },
  htmlOrPdf: { en: 'send either html or pdf, not both', de: 'Bitte entweder html oder pdf senden, nicht beides.' },
  pdfBody: {
    en: 'send the PDF as the body with Content-Type: application/pdf',
    de: 'Bitte die PDF als Inhalt der Anfrage mit Content-Type: application/pdf senden.',
  },
  answeredHttp: { en: '{url} answered HTTP {status}', de: '{url} antwortete mit HTTP-Status {status}.' },
  robotsUnreadable: {
    en: 'robots.txt of {host} could not be read; nothing is fetched from there until it can.',
    de: 'Die robots.txt von {host} war nicht lesbar; von dort wird nichts abgerufen, bis sie es ist.',
  },
  robotsDisallow: { en: 'robots.txt of {host} does not allow fetching {path}.', de: 'Die robots.txt von {host} erlaubt den Abruf von {path} nicht.' },
  notCalendar: { en: '{url} is not an iCalendar file.', de: '{url} ist keine iCalendar-Datei.' },
  notFeed: { en: '{url} is not an RSS or Atom feed.', de: '{url} ist kein RSS- oder Atom-Feed.' },
  hostAsksToWaitUntil: {
    en: '{host} answered {status}: too many requests or unavailable (asked to retry after {at}).',
    de: '{host} antwortete mit {status}: zu viele Anfragen oder nicht verfügbar (erneut versuchen ab {at}).',
  },
  hostAsksToWait: { en: '{host} answered {status}: too many requests or unavailable.', de: '{host} antwortete mit {status}: zu viele Anfragen oder nicht verfügbar.' },
  // alerts and feeds
  adminsChangeAlertRules: { en: 'only an admin may change the alert rules', de: 'Nur die Administration darf die Erinnerungsregeln ändern.' },
  adminsAddWebhook: { en: 'only an admin may add a webhook', de: 'Nur die Administration darf einen Webhook hinzufügen.' },
  viewerCannotAddChannels: { en: 'a viewer cannot add channels', de: 'Mit der Rolle „Nur lesen“ lassen sich keine Benachrichtigungswege hinzufügen.' },
  viewerCannotRemoveChannels: { en: 'a viewer cannot remove channels', de: 'Mit der Rolle „Nur lesen“ lassen sich keine Benachrichtigungswege entfernen.' },
  noSuchChannel: { en: 'no such channel', de: 'Diesen Benachrichtigungsweg gibt es nicht.' },
  channelType: { en: 'type must be "webhook", "email" or "webpush"', de: 'Der Typ muss „webhook“, „email“ oder „webpush“ sein.' },
  noSuchFeed: { en: 'no such feed', de: 'Diesen Kalender-Feed gibt es nicht.' },
  // corrections and team settings
  viewerSendsNoCorrections: { en: 'a viewer sends no corrections', de: 'Mit der Rolle „Nur lesen“ werden keine Korrekturen gesendet.' },
  adminsReadCorrections: { en: 'only an admin may read the team’s corrections', de: 'Nur die Administration darf die Korrekturen des Teams lesen.' },
  adminsChangeSettings: { en: 'only an admin may change the team’s settings', de: 'Nur die Administration darf die Einstellungen des Teams ändern.' },
  noSuchCorrection: { en: 'no such correction', de: 'Diese Korrektur gibt es nicht.' },
  correctionPageTooLarge: { en: 'the page is {size} MB; at most 2 MB are kept', de: 'Die Seite ist {size} MB groß; höchstens 2 MB werden aufbewahrt.' },
  nothingCorrected: {
    en: 'nothing was corrected: the saved items are the draft as offered',
    de: 'Es wurde nichts korrigiert: Die gespeicherten Einträge entsprechen dem angebotenen Entwurf.',
  },
  // mailboxes
  adminsManageMailboxes: { en: 'only an admin may manage mailboxes', de: 'Nur die Administration darf Postfächer verwalten.' },
  noSuchMailbox: { en: 'no such mailbox', de: 'Dieses Postfach gibt es nicht.' },
  mailboxBusy: { en: 'this mailbox is being read right now', de: 'Dieses Postfach wird gerade gelesen.' },
  // site profiles
  adminsDeleteProfiles: { en: 'only an admin may delete a site profile', de: 'Nur die Administration darf ein Seitenprofil löschen.' },
  moveNeedsFolder: {
    en: 'moving messages after reading needs the folder to move them to',
    de: 'Um Nachrichten nach dem Lesen zu verschieben, wird der Zielordner gebraucht.',
  },
} satisfies Record<string, CatalogueEntry>;

/** Messages of single fields (`details.fields[].message`), from the valibot schemas and the services. */
const FIELDS = {
  unknownField: { en: 'unknown or server-owned field', de: 'unbekanntes oder vom Dienst vergebenes Feld' },
  notEmpty: { en: 'must not be empty', de: 'darf nicht leer sein' },
  atMostChars: { en: 'must be at most {max} characters', de: 'darf höchstens {max} Zeichen lang sein' },
  atMost2048Chars: { en: 'must be at most 2,048 characters', de: 'darf höchstens 2.048 Zeichen lang sein' },
  noControlChars: { en: 'must not contain control characters', de: 'darf keine Steuerzeichen enthalten' },
  noBidiChars: { en: 'must not contain bidirectional override characters', de: 'darf keine Zeichen enthalten, die die Schreibrichtung umkehren' },
  atMostOps: { en: 'at most {max} ops per push', de: 'höchstens {max} Änderungen je Sendung' },
  nonNegativeInteger: { en: '{name} must be a non-negative integer', de: '{name} muss eine ganze Zahl ab 0 sein' },
  limitAtLeastOne: { en: 'limit must be at least 1', de: 'limit muss mindestens 1 sein' },
  dateYears: { en: 'must be a date from {min} to {max}', de: 'muss ein Datum von {min} bis {max} sein' },
  realDate: { en: 'must be a real date YYYY-MM-DD', de: 'muss ein gültiges Datum JJJJ-MM-TT sein' },
  clockTime: { en: 'must be a time HH:MM (00:00–23:59)', de: 'muss eine Uhrzeit HH:MM sein (00:00–23:59)' },
  dateOrDateTime: { en: 'must be YYYY-MM-DD or YYYY-MM-DDTHH:MM', de: 'muss die Form JJJJ-MM-TT oder JJJJ-MM-TTTHH:MM haben' },
  httpUrl: { en: 'must be an http(s) URL', de: 'muss eine Adresse mit http:// oder https:// sein' },
  httpUrlNoCredentials: {
    en: 'must be an http(s) URL without credentials',
    de: 'muss eine Adresse mit http:// oder https:// ohne Benutzername und Passwort sein',
  },
  url: { en: 'must be a URL', de: 'muss eine Webadresse sein' },
  uuid: { en: 'must be a UUID', de: 'muss eine UUID sein' },
  setOneField: { en: 'must set at least one field', de: 'muss mindestens ein Feld setzen' },
  hlc: {
    en: 'must be an hlc <13-digit ms>-<4-digit counter>-<clientId uuid>',
    de: 'muss eine HLC der Form <13-stellige ms>-<4-stelliger Zähler>-<clientId-UUID> sein',
  },
  isoTimestamp: { en: 'must be an ISO timestamp', de: 'muss ein ISO-Zeitstempel sein' },
  hlcOtherClient: { en: 'its clientId part must be the pushing clientId', de: 'muss die Kennung des sendenden Geräts tragen' },
  hlcServiceClock: { en: 'this clientId belongs to the service', de: 'trägt die Kennung der Uhr des Dienstes' },
  hlcAhead: {
    en: 'more than 5 minutes ahead of the server clock',
    de: 'liegt mehr als 5 Minuten vor der Uhr des Dienstes (bitte die Uhr des Geräts prüfen)',
  },
  plainPage: {
    en: 'must be a page as a browser serialises it: no NUL, other control characters or broken (lone surrogate) text',
    de: 'muss eine Seite sein, wie ein Browser sie ausgibt: ohne NUL, andere Steuerzeichen oder beschädigten Text (einzelne Surrogate)',
  },
  land: { en: 'must be the code of a Land (BW, BY, BE, … TH)', de: 'muss das Kürzel eines Landes sein (BW, BY, BE, … TH)' },
  wholeDays: { en: 'must be a whole number of days', de: 'muss eine ganze Zahl von Tagen sein' },
  zeroOrMoreDays: { en: 'must be 0 or more days', de: 'muss 0 oder mehr Tage sein' },
  atMostDays: { en: 'must be at most {max} days', de: 'darf höchstens {max} Tage sein' },
  atMostOffsets: { en: 'at most {max} offsets', de: 'höchstens {max} Erinnerungszeitpunkte' },
  uniqueOffsets: { en: 'offsets must be unique', de: 'Erinnerungszeitpunkte dürfen sich nicht wiederholen' },
  cssSelector: { en: 'must be a CSS selector', de: 'muss ein CSS-Selektor sein' },
  interval: {
    en: 'must be an interval such as "30m", "6h" or "1d" (15 minutes to 30 days)',
    de: 'muss ein Abstand wie „30m“, „6h“ oder „1d“ sein (15 Minuten bis 30 Tage)',
  },
  presetId: { en: 'must be a preset id', de: 'muss die ID einer Vorlage sein' },
  noPreset: { en: 'no preset "{name}"', de: 'keine Vorlage „{name}“' },
  hostName: {
    en: 'must be a host name such as imap.example.de (no scheme, port or path)',
    de: 'muss ein Hostname wie imap.example.de sein (ohne Schema, Port und Pfad)',
  },
  folder: { en: 'must name a folder', de: 'muss einen Ordner nennen' },
  lowerCaseHost: { en: 'host must be a lower-case host name', de: 'host muss ein Hostname in Kleinbuchstaben sein' },
  email: { en: 'must be an e-mail address', de: 'muss eine E-Mail-Adresse sein' },
  base64: { en: 'must be base64', de: 'muss Base64-kodiert sein' },
  base64url: { en: 'must be base64url', de: 'muss Base64url-kodiert sein' },
  teamMember: { en: 'must be a member of the team', de: 'muss ein Mitglied des Teams sein' },
  channelTypeField: { en: 'must be "webhook", "email" or "webpush"', de: 'muss „webhook“, „email“ oder „webpush“ sein' },
  draftItem: { en: 'names no item of the draft', de: 'nennt keinen Eintrag des Entwurfs' },
  equalToDraft: { en: 'equal to the draft', de: 'gleicht dem angebotenen Entwurf' },
  largerThan2Mb: { en: 'larger than 2 MB', de: 'größer als 2 MB' },
} satisfies Record<string, CatalogueEntry>;

/**
 * valibot's own messages, for schema checks that name no message: `Invalid <what>: Expected <x> but received <y>`
 * (or `Invalid <what>: Received <y>`). The expected and received values are valibot's notation and stay as they are.
 */
const VALIBOT_KINDS = {
  type: 'Ungültiger Typ',
  length: 'Ungültige Länge',
  value: 'Ungültiger Wert',
  key: 'Ungültiger Schlüssel',
  format: 'Ungültiges Format',
  input: 'Ungültige Eingabe',
  integer: 'Keine ganze Zahl',
  entries: 'Ungültige Anzahl an Einträgen',
  email: 'Keine gültige E-Mail-Adresse',
  url: 'Keine gültige Webadresse',
  uuid: 'Keine gültige UUID',
  bytes: 'Ungültige Größe in Bytes',
} as const;

function valibotMessages(): Record<string, CatalogueEntry> {
  const entries: Record<string, CatalogueEntry> = {};
  for (const [kind, german] of Object.entries(VALIBOT_KINDS)) {
    entries[`valibot_${kind}`] = { en: `Invalid ${kind}: Expected {expected} but received {received}`, de: `${german}: erwartet {expected}, erhalten {received}` };
    entries[`valibot_${kind}_received`] = { en: `Invalid ${kind}: Received {received}`, de: `${german}: erhalten {received}` };
  }
  return entries;
}

/** Every message of the service, by id. */
export const CATALOGUE: Readonly<Record<string, CatalogueEntry>> = { ...ERRORS, ...FIELDS, ...valibotMessages() };

/**
 * The text for an error whose own message is not in the catalogue, by error code (then by status class): what a
 * German reader sees instead of an English fragment.
 */
export const GENERIC: Readonly<Record<string, CatalogueEntry>> = {
  validation: { en: 'invalid input', de: 'Die Angaben sind ungültig.' },
  bad_request: { en: 'bad request', de: 'Die Anfrage ist fehlerhaft.' },
  unauthorized: { en: 'not signed in: the access token is missing or not valid', de: 'Nicht angemeldet: Der Zugangsschlüssel fehlt oder ist ungültig.' },
  forbidden: { en: 'your role may not do this', de: 'Ihre Rolle erlaubt das nicht.' },
  not_found: { en: 'not found', de: 'Nicht gefunden.' },
  method_not_allowed: { en: 'method not allowed', de: 'Diese Methode ist hier nicht erlaubt.' },
  conflict: { en: 'conflicts with the current state', de: 'Das widerspricht dem aktuellen Stand.' },
  payload_too_large: { en: 'the request is too large', de: 'Die Anfrage ist zu groß.' },
  unsupported_media_type: { en: 'unsupported content type', de: 'Dieses Format wird nicht angenommen.' },
  too_many_requests: { en: 'too many requests; try again later', de: 'Zu viele Anfragen; bitte später erneut versuchen.' },
  rate_limited: { en: 'too many requests; try again later', de: 'Zu viele Anfragen; bitte später erneut versuchen.' },
  internal: { en: 'internal error', de: 'Im Dienst ist ein interner Fehler aufgetreten.' },
  /** any other 4xx code */
  client: { en: 'the request was not accepted', de: 'Die Anfrage wurde nicht angenommen.' },
  /** any other 5xx code */
  server: { en: 'the service could not answer', de: 'Der Dienst konnte nicht antworten.' },
  /** a field message that is not in the catalogue */
  field: { en: 'invalid value', de: 'ungültiger Wert' },
};
