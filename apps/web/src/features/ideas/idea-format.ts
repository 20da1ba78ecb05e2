/** "January 2027 – June 2027" in the reader's language, from the API's "2027-01" months. */
export function monthRange(start: string, end: string, language: string): string {
  return `${monthName(start, language)} – ${monthName(end, language)}`;
}

export function monthName(month: string, language: string): string {
  return new Intl.DateTimeFormat(language, { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${month}-01T00:00:00Z`));
}

/** The months a project may start or end in: from this month, three school years ahead. */
export function upcomingMonths(from = new Date(), count = 36): string[] {
  return Array.from({ length: count }, (_, index) => {
    const date = new Date(Date.UTC(from.getUTCFullYear(), from.getUTCMonth() + index, 1));
    return date.toISOString().slice(0, 7);
  });
}
