const kilobyte = 1024;
const megabyte = 1024 * kilobyte;
const gigabyte = 1024 * megabyte;

/** A size in bytes as people read it, in their language: "850 kB", "12.5 MB", "2 GB". */
export function formatSize(bytes: number, language: string): string {
  const [amount, unit] =
    bytes >= gigabyte
      ? [bytes / gigabyte, 'gigabyte']
      : bytes >= megabyte
        ? [bytes / megabyte, 'megabyte']
        : [bytes / kilobyte, 'kilobyte'];
  return new Intl.NumberFormat(language, { style: 'unit', unit, maximumFractionDigits: amount < 10 ? 1 : 0 }).format(amount);
}
