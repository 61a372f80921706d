/** English cue words (EU programmes, international networks). See cues/types.ts. */
import type { CueSet } from './types.ts';
import { parts, stems, wholeWords } from './words.ts';

export const en: CueSet = {
  dates: [
    { id: 'deadline', pattern: stems('deadline|closing date|due date|cut-?off date|apply by|submission date|clos(?:es|e|ing) on|closes(?!\\s+with)(?=[\\s:]|$)|(?:booking|registration|applications?|submissions?|entries|call) clos(?:es|e|ing)'), role: 'deadline', weight: 5 },
    { id: 'until', pattern: stems('(?:until|by|before|no later than|not later than|up to)(?: the)?\\s*$'), role: 'deadline', weight: 3, adjacent: true },
    { id: 'apply', pattern: stems('appl(?:y|ication)|submi(?:t|ssion|tted)|proposals?|register|registration|sign up|expressions? of interest|letters? of intent|concept notes?|entries'), role: 'deadline', weight: 2 },
    { id: 'takes-place', pattern: stems('takes? place|will be held|is held|join us|meet(?:s|ing)? (?:on|in)'), role: 'event', weight: 7 },
    { id: 'event-on', pattern: stems('(?:webinar|conference|meeting|workshop|seminar|session|event|info day|summit)s? (?:on|from)\\s*$'), role: 'event', weight: 3, adjacent: true },
    { id: 'date', pattern: wholeWords('date|when|event date|start date|end date'), role: 'event', weight: 4 },
    { id: 'published', pattern: stems('published|publication date|date of publication|posted|last updated|updated on|last modified|news from|press release'), role: 'publication', weight: 6 },
    { id: 'opening', pattern: stems('opening date|opening(?=\\s*:|$)|(?:applications?|submissions?|entries|nominations?|call|round|portal) (?:opens?|will open|re-?opens?)(?![\\p{L}])|open(?:s|ed)? on|opens?$|opened$|launched on|from\\s*$|as of\\s*$|starting\\s*$'), role: 'opening', weight: 5 },
    { id: 'project', pattern: stems('project (?:start|end|period|duration)|implementation period|duration|must be completed|run until|runs until'), role: 'period', weight: 4 },
    { id: 'report', pattern: stems('interim report|final report|progress report|financial report'), role: 'period', weight: 5 },
    // what the organiser does by a date: decide, notify, confirm ("confirmations will be sent by 10 April")
    { id: 'decision', pattern: stems('announced|announcement|jury|evaluation|selection|decision|results|notification|notified|confirmations?(?: will be sent| are sent)?|will be (?:informed|confirmed)|award ceremony|grant agreement|signed|signature|payment|committee'), role: 'decision', weight: 4 },
    { id: 'replaced', pattern: stems('(?:instead of|originally|previously|formerly|old deadline)(?: on| the)?\\s*$'), role: 'replaced', weight: 8, adjacent: true },
    { id: 'waived', pattern: stems('waived|cancelled|canceled|no longer applies'), role: 'replaced', weight: 6 },
    { id: 'closed', pattern: stems('closed(?: on| in)?|has ended|is over|expired'), role: 'closed', weight: 5 },
  ],
  kinds: [
    { kind: 'interest', pattern: parts('expressions? of interest|letters? of intent|concept note|pre-?proposal|first stage|stage 1'), label: 'Expression of interest' },
    { kind: 'registration', pattern: parts('regist|sign up|sign-up|enrol|booking'), label: 'Registration' },
    { kind: 'submission', pattern: parts('entries|entry|nominations?|abstracts?|papers?|contributions?'), label: 'Submission' },
    { kind: 'application', pattern: parts('appl|proposal|submi|grant|call|deadline'), label: 'Application deadline' },
  ],
  eventNouns: stems('webinar|conference|meeting|workshop|seminar|session|info day|summit|symposium|forum|event(?![\\p{L}])|training|masterclass|roundtable|town hall'),
  callNouns: stems('call for|calls? (?:is|are) open|apply|applications?|grants?|funding|proposals?|competition|award|prize|tender|expressions? of interest'),
  contributionCall: {
    pattern: stems('call for (?:papers|abstracts|proposals|contributions|presentations|posters)|submit (?:an |your |their )?(?:abstracts?|papers?|proposals?|contributions?)|submission of (?:abstracts|papers|proposals|contributions)'),
    label: 'Call for Papers',
    nouns: stems('(?:full )?papers?|abstracts?|contributions?|proposals?|posters?|presentations?'),
  },
  closed: stems('(?:call|round|application phase|applications?|submissions?) (?:is|are|has been|was|were) (?:now )?closed|no longer accept|(?:is|are|has been|have been) now closed|(?:application|submission) (?:window|period|phase) (?:for [\\p{L}\\d ]{1,60} )?(?:has )?closed|(?:call|applications|submissions) (?:now )?closed(?![\\p{L}])'),
  hints: {
    // each alternative of `closed` ends in "closed" or reads "no longer accept"
    closed: parts('closed|no longer accept'),
    // `relative` always reads "<n> weeks/months/days before" or "… prior to"
    relative: parts('(?:weeks|months|days)\\s+(?:before|prior)\\s'),
    // `rolling`: each of its phrases
    rolling: parts('rolling|ongoing|open-ended|any time|continuously|no fixed deadline|accepting applications|open (?:for|to) applications|invites|apply|applications'),
  },
  extended: stems('extended|postponed|new deadline|extension'),
  windows: stems('(?:application|submission|applications|submissions|call) (?:period|window|round)s?|applications? (?:are|is|will be) (?:open|accepted|invited) (?:from|between)'),
  // an invitation to apply now
  invites: stems('(?:is|are) (?:now |currently )?accepting applications|(?:is|are) (?:now )?open (?:for|to) applications|invites (?:[\\p{L},&-]+ ){0,30}?to apply|^apply (?:now|online|here)$|(?:you|organisations|organizations|groups|applicants) (?:can|may) apply (?:[^.]{0,80}? )?(?:at any time|all year|throughout the year)|applications (?:can|may) be (?:made|submitted) (?:[^.]{0,40}? )?(?:at any time|all year|throughout the year|online)'),
  rolling: stems('rolling basis|on a rolling|ongoing|open-ended|at any time|continuously|no fixed deadline'),
  relative: stems('(?:at least |no later than )?(?:\\d+|one|two|three|four|five|six|eight|ten|twelve)(?:\\s*[–-]\\s*\\d+)?\\s+(?:weeks|months|days|working days)\\s+(?:before|prior to)\\s+(?:the )?(?:start|beginning|project start|event)[\\p{L} ]{0,30}'),
  teaserHeadings: stems('similar (?:grants|calls|events)|other (?:events|calls|news)|related|more news|latest news|read more|most read|you may also|past (?:calls|events)|previous (?:calls|events)|archive|newsletter|share|contact|need help'),
  councilSession: stems('(?:city |town |county |municipal )?council (?:meeting|session)|committee (?:meeting|session)|(?:meeting|session) of the (?:[\\p{L}-]+ ){0,3}?(?:council|committee)(?![\\p{L}])'),
  notAnOffer: stems('awarded|award ceremony|prizes? (?:will be|are) (?:presented|given)|presented|winners|postponed|rescheduled|board of directors|cabinet|selected|made public'),
  genericHeadings: wholeWords('news|latest news|news detail|details?|detail view|article|press releases?|home|events|funding|calls|opportunities'),
  fieldHeadings: stems('(?:date|time|when|where|venue|location|registration|contact|calendar|map|downloads?|documents|deadlines?|at a glance|key facts|key dates|important dates|timeline|timetable|eligibility|priorities|topic description|call updates|online application|budget|faq|questions|how to apply|who can apply|all you need to know|background|further information|programme|agenda)(?![\\p{L}])'),
  fields: {
    date: wholeWords('date|when|event date|day'),
    start: wholeWords('start date|from|start|starts'),
    end: wholeWords('end date|until|to|end|ends'),
    time: wholeWords('time'),
    startTime: wholeWords('start time|starts at|doors open'),
    endTime: wholeWords('end time|ends at'),
    place: wholeWords('venue|location|place|where|address|destination'),
    organizer: stems('organi[sz]er|organi[sz]ed by|host(?:ed by)?|donor|funder|funded by|contracting authority|issued by'),
  },
  statedOnce: wholeWords('each|every|all|always|normally|usually|generally|typically|as a rule|in all cases'),
  travel: stems('departure|departs|depart|return journey|return trip|arrival back|pick-up|meeting point'),
  online: stems('online|zoom|webex|webinar|virtual|livestream|teams meeting'),
  programmeWords: stems('programme|program|fund|initiative|call|competition|award'),
  moreLinks: wholeWords('more|read more|details|register|learn more|find out more|here|find your time zone'),
  jobAd: {
    strong: stems('\\([mfdx]/[mfdx]/[mfdx]\\)|job (?:offer|opening|vacancy|advert)|vacancy|we are hiring|job interviews?'),
    weak: stems('full-time position|part-time position|salary'),
  },
  organizerWords: {
    host: stems('portal|news|magazine|observatory|home|platform|blog|calendar|events|digest|newsletter'),
    partner: stems('in cooperation with|in partnership with|together with|partner|supported by|with the support|co-organi[sz]ed'),
    funder: stems('funded by|financed by|sponsored by|with funding|on behalf of|funder|donor'),
    issuing: /(?:veranstaltungen|termine|angebote|ausschreibungen|events|calls)\s(?:of)\s|is pleased to|are pleased to|(?:has|have)\s.{0,80}?(?:published|launched)|organi[sz]ed by|hosted by|launched by|issued by|invites|organi[sz]es|launches|offers/iu,
    itemSubject: /webinar|seminar|workshop|training|event|conference|meeting|call|grant|award|competition|programme/iu,
    bodyEnd: /(?:hub|network|council|agency|foundation|office)$/iu,
    offerings: /(?<![\p{L}])(?:events|activities)(?![\p{L}])/iu,
    firstPerson: /(?<![\p{L}])(?:join us|our|we)(?![\p{L}])/iu,
    notAName: /^(?:in addition|for|with|at|on|to)(?:\s|$)/iu,
  },
  usDates: stems('month/day/year|mm/dd/yyyy|month-day-year'),
};
