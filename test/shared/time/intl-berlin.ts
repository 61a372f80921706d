/**
 * The reference the Berlin-time tests compare against: Intl.DateTimeFormat asked directly, in another locale and with
 * other fields than shared/time/berlin.ts uses, so a test never checks the code under test against itself.
 */

const reference = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/Berlin',
  hourCycle: 'h23',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  weekday: 'short',
  timeZoneName: 'longOffset',
});

/** Berlin date "YYYY-MM-DD", time "HH:MM", weekday ("Mon") and UTC offset in minutes of an instant, straight from Intl. */
export function intlBerlin(instant: number | string | Date): { date: string; time: string; weekday: string; offset: number } {
  const p = Object.fromEntries(reference.formatToParts(new Date(instant)).map((x) => [x.type, x.value]));
  // "GMT+01:00"; a bare "GMT" is UTC+0
  const m = /^GMT(?:([+-])(\d{2}):(\d{2}))?$/.exec(p.timeZoneName!)!;
  const offset = m[1] ? (m[1] === '+' ? 1 : -1) * (Number(m[2]) * 60 + Number(m[3])) : 0;
  return { date: `${p.year}-${p.month}-${p.day}`, time: `${p.hour}:${p.minute}`, weekday: p.weekday!, offset };
}
