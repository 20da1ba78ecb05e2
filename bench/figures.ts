/**
 * How every bench reports: one figure a line, `figure <name> <value> <unit>`, so a run can be read by
 * a script and compared with the baseline measured beside it.
 */
export function printFigure(name: string, value: number, unit: string): void {
  console.log(`figure ${name} ${Number.isInteger(value) ? value : value.toFixed(1)} ${unit}`);
}

/** The value below which `share` of the values lie (0.5: the median). */
export function percentile(values: readonly number[], share: number): number {
  const sorted = values.toSorted((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(share * sorted.length) - 1))]!;
}
