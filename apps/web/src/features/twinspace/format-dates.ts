const units: Array<[Intl.RelativeTimeFormatUnit, number]> = [
  ['minute', 60],
  ['hour', 3_600],
  ['day', 86_400],
];

/** "3 hours ago" within the last week, the date after that: how a feed says when things happened. */
export function formatWhen(isoTime: string, language: string, now = Date.now()): string {
  const seconds = (new Date(isoTime).getTime() - now) / 1000;
  if (Math.abs(seconds) >= 7 * 86_400) return new Intl.DateTimeFormat(language, { dateStyle: 'medium' }).format(new Date(isoTime));
  const relative = new Intl.RelativeTimeFormat(language, { numeric: 'auto' });
  if (Math.abs(seconds) < 60) return relative.format(0, 'second');
  const [unit, size] = units.findLast(([, length]) => Math.abs(seconds) >= length) ?? units[0]!;
  return relative.format(Math.round(seconds / size), unit);
}

/** A calendar day (2027-09-01) as the reader writes it, whatever their time zone. */
export function formatDay(isoDate: string, language: string): string {
  return new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(`${isoDate}T00:00:00Z`));
}
