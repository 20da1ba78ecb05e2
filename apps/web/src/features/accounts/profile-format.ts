/** "12–15", or a dash when the teacher has not said: how pupils' ages read everywhere. */
export function ageRange(youngest: number | null, oldest: number | null): string {
  return youngest !== null && oldest !== null ? `${youngest}–${oldest}` : '—';
}

/** The pupils' ages a teacher may choose, as select options' ids. */
export const pupilAges = Array.from({ length: 18 }, (_, index) => String(index + 3));
