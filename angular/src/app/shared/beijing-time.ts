import { Pipe, PipeTransform } from '@angular/core';

/**
 * One time zone shown to people: Beijing time (UTC+8, no daylight saving), whatever the browser's zone.
 * The server's DateTime values are UTC; one sent without an offset is read as UTC, not as the browser's local time.
 */
export function parseServerTime(value: string): number {
  const hasZone = /([zZ]|[+-]\d\d:?\d\d)$/.test(value);
  return Date.parse(hasZone ? value : `${value}Z`);
}

/** `yyyy-MM-dd HH:mm` in Beijing time; '' for no value; the value itself when it is not a time. */
export function formatBeijing(value: string | null | undefined): string {
  if (!value) {
    return '';
  }
  const time = parseServerTime(value);
  if (Number.isNaN(time)) {
    return value;
  }
  const beijing = new Date(time + 8 * 3600_000);
  const pad = (n: number) => String(n).padStart(2, '0');
  return (
    `${beijing.getUTCFullYear()}-${pad(beijing.getUTCMonth() + 1)}-${pad(beijing.getUTCDate())} ` +
    `${pad(beijing.getUTCHours())}:${pad(beijing.getUTCMinutes())}`
  );
}

/** `{{ value | beijing }}`: see {@link formatBeijing}. */
@Pipe({ name: 'beijing' })
export class BeijingPipe implements PipeTransform {
  transform(value: string | null | undefined): string {
    return formatBeijing(value);
  }
}
