/**
 * Wall-clock dates and times for ical-generator. Given a native Date and a time zone, ical-generator prints the
 * Date's *process-local* fields, so the feed would depend on the server's TZ. It also accepts Temporal objects
 * (README "Date, Time & Timezones") and reads their fields directly; Node has no Temporal yet, so these are the
 * minimal PlainDate / PlainDateTime / ZonedDateTime shapes it checks for, carrying the wall clock we already know.
 */
import type {
  ICalTemporalInstantStub,
  ICalTemporalPlainDateStub,
  ICalTemporalPlainDateTimeStub,
  ICalTemporalZonedDateTimeStub,
} from 'ical-generator';
import { wallTimeToInstant } from '../../shared/alerts.ts';

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** A calendar date without time or zone (all-day events). */
export function plainDate(date: string): ICalTemporalPlainDateStub & { toPlainDateTime(): ICalTemporalPlainDateTimeStub } {
  const [year, month, day] = date.split('-').map(Number);
  const text = `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
  return { year, month, day, toPlainDateTime: () => plainDateTime(text, '00:00'), toJSON: () => text, toString: () => text };
}

/** A wall-clock date and time; printed with the event's TZID, it means that time in that zone. */
export function plainDateTime(date: string, time: string): ICalTemporalPlainDateTimeStub {
  const [year, month, day] = date.split('-').map(Number);
  const [hour, minute] = time.split(':').map(Number);
  const text = `${date}T${time}:00`;
  const self: ICalTemporalPlainDateTimeStub = {
    year, month, day, hour, minute, second: 0,
    toPlainDate: () => plainDate(date),
    toZonedDateTime: (zone: string) => zoned(self, date, time, zone),
    toJSON: () => text,
    toString: () => text,
  };
  return self;
}

function zoned(wall: ICalTemporalPlainDateTimeStub, date: string, time: string, zone: string): ICalTemporalZonedDateTimeStub {
  const text = `${date}T${time}:00[${zone}]`;
  const self: ICalTemporalZonedDateTimeStub = {
    year: wall.year, month: wall.month, day: wall.day, hour: wall.hour, minute: wall.minute, second: 0,
    timeZoneId: zone,
    // the feed only ever prints a wall time in its own zone, so "converting" to that zone is the identity
    withTimeZone: (other: string) => {
      if (other !== zone) throw new Error(`wall-clock time in ${zone} cannot be shown in ${other}`);
      return self;
    },
    toPlainDateTime: () => wall,
    toInstant: () => instant(wallTimeToInstant(date, time, zone)),
    toJSON: () => text,
    toString: () => text,
  };
  return self;
}

function instant(ms: number): ICalTemporalInstantStub {
  const iso = new Date(ms).toISOString();
  return {
    epochMilliseconds: ms,
    toZonedDateTimeISO: () => {
      throw new Error('not needed by the feed');
    },
    toJSON: () => iso,
    toString: () => iso,
  };
}
