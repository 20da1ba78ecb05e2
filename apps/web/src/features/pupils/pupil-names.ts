export type PupilName = { firstName: string; lastName: string };

/**
 * A class list as teachers type or paste it, one pupil per line: the first word is the first name,
 * the rest (if any) the last name. Blank lines are left out.
 */
export function pupilNamesFrom(text: string): PupilName[] {
  return text
    .split('\n')
    .map((line) => line.trim().replace(/\s+/g, ' '))
    .filter((line) => line !== '')
    .map((line) => {
      const [firstName = '', ...rest] = line.split(' ');
      return { firstName, lastName: rest.join(' ') };
    });
}

/** The line (counted from 1, blank lines left out) that an issue such as `pupils.3.firstName` is about. */
export function lineOfIssue(fields: Set<string>): number | undefined {
  for (const field of fields) {
    const index = /^pupils\.(\d+)\./.exec(field)?.[1];
    if (index !== undefined) return Number(index) + 1;
  }
  return undefined;
}

/** A pupil's name as shown: the last name only where it is known (teachers of their own school). */
export function fullName({ firstName, lastName }: { firstName: string; lastName: string | null }): string {
  return lastName ? `${firstName} ${lastName}` : firstName;
}
