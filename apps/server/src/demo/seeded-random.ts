/** A small seeded random generator (mulberry32): the same demo and benchmark data on every run. */
export function seededRandom(seed: number) {
  let state = seed;
  const next = () => {
    state = (state + 0x6d2b79f5) | 0;
    let value = Math.imul(state ^ (state >>> 15), 1 | state);
    value = (value + Math.imul(value ^ (value >>> 7), 61 | value)) ^ value;
    return ((value ^ (value >>> 14)) >>> 0) / 4_294_967_296;
  };
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!;
  /** A picker that returns each key as often as its weight says. */
  const weighted = (weights: Record<string, number>) => {
    const entries = Object.entries(weights);
    const total = entries.reduce((sum, [, weight]) => sum + weight, 0);
    return () => {
      let roll = next() * total;
      for (const [value, weight] of entries) if ((roll -= weight) < 0) return value;
      return entries.at(-1)![0];
    };
  };
  return { next, pick, weighted };
}

export type SeededRandom = ReturnType<typeof seededRandom>;
