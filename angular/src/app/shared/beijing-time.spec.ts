import { BeijingPipe, formatBeijing, parseServerTime } from './beijing-time';

describe('Beijing time', () => {
  it('shows a UTC moment in Beijing time, with or without the server\'s zone suffix', () => {
    expect(formatBeijing('2026-11-20T17:30:00Z')).toBe('2026-11-21 01:30');
    expect(formatBeijing('2026-11-20T17:30:00')).toBe('2026-11-21 01:30');
    expect(formatBeijing('2026-11-21T01:30:00+08:00')).toBe('2026-11-21 01:30');
    expect(new BeijingPipe().transform('2026-11-20T17:30:00.1234567')).toBe('2026-11-21 01:30');
  });

  it('reads a time without a zone as UTC, not as the browser\'s local time', () => {
    expect(parseServerTime('2026-11-20T01:00:00')).toBe(Date.UTC(2026, 10, 20, 1));
  });

  it('leaves no value empty and a non-time as it is', () => {
    expect(formatBeijing(null)).toBe('');
    expect(formatBeijing('soon')).toBe('soon');
  });
});
