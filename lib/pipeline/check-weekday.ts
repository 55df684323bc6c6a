// A weekday the text states ("on Monday (November 1)") must agree with the date we resolved;
// the check is computed, never assumed, and its result is recorded in the event's notes.
import { WEEKDAYS, type Weekday } from "./month-names";

export function weekdayOf(isoDay: string): Weekday {
  const day = new Date(`${isoDay}T00:00:00Z`).getUTCDay();
  return WEEKDAYS[day] as Weekday;
}

export interface WeekdayCheck {
  ok: boolean;
  actual: Weekday;
  note: string;
}

export function checkWeekday(isoDay: string, stated: Weekday): WeekdayCheck {
  const actual = weekdayOf(isoDay);
  const ok = actual === stated;
  return {
    ok,
    actual,
    note: ok
      ? `Weekday check: ${isoDay} is a ${actual}, as the text says ("${stated}").`
      : `Weekday check FAILED: the text says ${stated} but ${isoDay} is a ${actual}.`,
  };
}
