/**
 * Data for page-clock.ts: the clock of each country outside Berlin's (by its country-code top-level domain) and, for
 * countries of several zones, of each state or province (by its postal abbreviation). CET/CEST countries are absent:
 * their times are Berlin's. IANA names, so each zone's own summer time applies on each date.
 */
export type Country = string;

/** a country's clock; for several zones, the one most of its people live in (the region table refines it) */
export const COUNTRY_CLOCKS: Record<Country, string> = {
  uk: 'Europe/London', ie: 'Europe/Dublin', pt: 'Europe/Lisbon', is: 'Atlantic/Reykjavik',
  fi: 'Europe/Helsinki', ee: 'Europe/Tallinn', lv: 'Europe/Riga', lt: 'Europe/Vilnius', bg: 'Europe/Sofia',
  ro: 'Europe/Bucharest', gr: 'Europe/Athens', cy: 'Asia/Nicosia', ua: 'Europe/Kyiv', md: 'Europe/Chisinau', tr: 'Europe/Istanbul',
  us: 'America/New_York', ca: 'America/Toronto', au: 'Australia/Sydney', nz: 'Pacific/Auckland',
  in: 'Asia/Kolkata', ph: 'Asia/Manila', jp: 'Asia/Tokyo', kr: 'Asia/Seoul', sg: 'Asia/Singapore', za: 'Africa/Johannesburg',
  cn: 'Asia/Shanghai', tw: 'Asia/Taipei', il: 'Asia/Jerusalem',
  ke: 'Africa/Nairobi', gh: 'Africa/Accra', br: 'America/Sao_Paulo', ar: 'America/Argentina/Buenos_Aires', mx: 'America/Mexico_City',
};

const US: Record<string, string> = {
  ...Object.fromEntries('CT DE FL GA IN KY ME MD MA MI NH NJ NY NC OH PA RI SC VT VA WV DC'.split(' ').map((s) => [s, 'America/New_York'])),
  ...Object.fromEntries('AL AR IL IA KS LA MN MS MO NE ND OK SD TN TX WI'.split(' ').map((s) => [s, 'America/Chicago'])),
  ...Object.fromEntries('CO MT NM UT WY ID'.split(' ').map((s) => [s, 'America/Denver'])),
  AZ: 'America/Phoenix', CA: 'America/Los_Angeles', NV: 'America/Los_Angeles', OR: 'America/Los_Angeles', WA: 'America/Los_Angeles',
  AK: 'America/Anchorage', HI: 'Pacific/Honolulu',
};
const CANADA: Record<string, string> = {
  ON: 'America/Toronto', QC: 'America/Toronto', NS: 'America/Halifax', NB: 'America/Halifax', PE: 'America/Halifax',
  NL: 'America/St_Johns', MB: 'America/Winnipeg', SK: 'America/Regina', AB: 'America/Edmonton', BC: 'America/Vancouver',
  YT: 'America/Whitehorse', NT: 'America/Edmonton', NU: 'America/Iqaluit',
};
const AUSTRALIA: Record<string, string> = {
  NSW: 'Australia/Sydney', ACT: 'Australia/Sydney', VIC: 'Australia/Melbourne', QLD: 'Australia/Brisbane',
  SA: 'Australia/Adelaide', WA: 'Australia/Perth', TAS: 'Australia/Hobart', NT: 'Australia/Darwin',
};

/** a country's regions by their postal abbreviation (upper case) */
export const REGION_CLOCKS: Partial<Record<Country, Record<string, string>>> = { us: US, ca: CANADA, au: AUSTRALIA };
