import { randomInt } from 'node:crypto';

// Letters a child will not misread on a printed card (no i/l/o, no q).
const consonants = 'bdfgkmnprstvz';
const vowels = 'aeu';

/** A card password a child can type: four syllables and two digits, e.g. "bafu-kemo-27" (about 31 bits). */
export function newCardPassword(): string {
  const syllable = () => consonants[randomInt(consonants.length)]! + vowels[randomInt(vowels.length)]!;
  return `${syllable()}${syllable()}-${syllable()}${syllable()}-${String(randomInt(10, 100))}`;
}

/**
 * A username from the first name in plain Latin letters, the last name's initial and digits:
 * "Léa Kowalska" → "lea.k42". Names in another script give "pupil.…".
 */
export function usernameCandidate(firstName: string, lastName: string, digits: number): string {
  const plain = (text: string) =>
    text
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/ł/g, 'l')
      .replace(/ß/g, 'ss')
      .replace(/[^a-z]/g, '');
  const first = plain(firstName).slice(0, 20) || 'pupil';
  const initial = plain(lastName).slice(0, 1);
  return `${first}.${initial}${String(randomInt(10 ** (digits - 1), 10 ** digits))}`;
}
