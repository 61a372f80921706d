/**
 * Deadline alert rules (DESIGN.md "Alerts"), pure: the same code plans alerts in the service and shows
 * countdowns in the extension. Time always comes in as `now`; nothing here reads a clock, the network or storage.
 */
export { AlertRulesSchema, LANDS, LandSchema, MAX_OFFSETS, MAX_OFFSET_DAYS, defaultAlertRules, parseAlertRules } from './alerts/rules.ts';
export type { AlertRules, Land } from './alerts/rules.ts';
export { BERLIN, instantToWallTime, isKnownZone, wallTimeToInstant, zoneOffsetMinutes } from './time/berlin.ts';
export { dateOfDay, dayNumber, weekdayOf } from './time/days.ts';
export { holidayDays, isPublicHoliday, isWorkingDay, workingDayOnOrBefore } from './alerts/holidays.ts';
export { deadlineDay, deadlineInstant, deadlineKey } from './alerts/deadline.ts';
export { compareAlerts, isAlertable, scheduleAlerts } from './alerts/schedule.ts';
export type { AlertItem, KnownSince, PlannedAlert } from './alerts/schedule.ts';
export { dueAlerts } from './alerts/due.ts';
export { toMs } from './alerts/instant.ts';
export type { Instant } from './alerts/instant.ts';
export { DIGEST_DAYS, buildDigest, digestSlots } from './alerts/digest.ts';
export type { Digest, DigestEntry, DigestItem, DigestSlot } from './alerts/digest.ts';
export { countdown, countdownOf, countdownWords, relativeCountdownWords } from './alerts/countdown.ts';
export type { Countdown, Lang, Urgency } from './alerts/countdown.ts';
export { germanDate, germanDeadlineDate } from './alerts/german-date.ts';
export { DEADLINE_CHANGED_TITLE, deadlineChanges } from './alerts/changes.ts';
export type { DeadlineChange } from './alerts/changes.ts';
export { forMember, isMuted } from './alerts/mutes.ts';
export type { Mutes } from './alerts/mutes.ts';
