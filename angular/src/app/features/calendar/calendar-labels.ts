import { serverErrorMessage } from '../../shared/server-error';
import { CalendarDayType } from './calendar-api';
import { DayKind } from './calendar-logic';

/** Localization keys of the kinds of day (legend, table, form). */
export const DAY_KIND_KEYS: Record<DayKind, string> = {
  working: 'Dalad::Calendar:Kind:Working',
  weekend: 'Dalad::Calendar:Kind:Weekend',
  holiday: 'Dalad::Calendar:Kind:Holiday',
  makeup: 'Dalad::Calendar:Kind:Makeup',
};

export const DAY_TYPE_KEYS: Record<CalendarDayType, string> = {
  holiday: DAY_KIND_KEYS.holiday,
  workday: DAY_KIND_KEYS.makeup,
};

/** The one-character mark in a day cell: xiu (off) / ban (work). */
export const DAY_BADGE_KEYS: Partial<Record<DayKind, string>> = {
  holiday: 'Dalad::Calendar:Badge:Holiday',
  makeup: 'Dalad::Calendar:Badge:Makeup',
};

export const MONTH_KEYS = [
  'Dalad::Calendar:Month:1',
  'Dalad::Calendar:Month:2',
  'Dalad::Calendar:Month:3',
  'Dalad::Calendar:Month:4',
  'Dalad::Calendar:Month:5',
  'Dalad::Calendar:Month:6',
  'Dalad::Calendar:Month:7',
  'Dalad::Calendar:Month:8',
  'Dalad::Calendar:Month:9',
  'Dalad::Calendar:Month:10',
  'Dalad::Calendar:Month:11',
  'Dalad::Calendar:Month:12',
];

/** Column heads of a month, Monday first. */
export const WEEKDAY_SHORT_KEYS = [
  'Dalad::Calendar:WeekdayShort:1',
  'Dalad::Calendar:WeekdayShort:2',
  'Dalad::Calendar:WeekdayShort:3',
  'Dalad::Calendar:WeekdayShort:4',
  'Dalad::Calendar:WeekdayShort:5',
  'Dalad::Calendar:WeekdayShort:6',
  'Dalad::Calendar:WeekdayShort:7',
];

/** Full weekday names by ISO weekday - 1. */
export const WEEKDAY_KEYS = [
  'Dalad::Calendar:Weekday:1',
  'Dalad::Calendar:Weekday:2',
  'Dalad::Calendar:Weekday:3',
  'Dalad::Calendar:Weekday:4',
  'Dalad::Calendar:Weekday:5',
  'Dalad::Calendar:Weekday:6',
  'Dalad::Calendar:Weekday:7',
];

/** An error to show: the server's localized message, or a key of ours when it sent none. */
export interface ShownError {
  text?: string;
  key?: string;
}

export function errorToShow(response: unknown): ShownError {
  const text = serverErrorMessage(response);
  return text ? { text } : { key: 'Dalad::Calendar:Error' };
}
