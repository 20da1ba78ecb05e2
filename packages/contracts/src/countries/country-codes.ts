/** The 44 countries taking part (migration 0001 holds the same list; a server test compares them). */
export const countryCodes = [
  'AT', 'BE', 'BG', 'CY', 'CZ', 'DE', 'DK', 'EE', 'ES', 'FI', 'FR', 'GR', 'HR', 'HU', 'IE', 'IT', 'LT', 'LU', 'LV', 'MT', 'NL', 'PL',
  'PT', 'RO', 'SE', 'SI', 'SK', 'IS', 'LI', 'MK', 'NO', 'RS', 'TR', 'AL', 'AM', 'AZ', 'BA', 'GE', 'JO', 'LB', 'MD', 'ME', 'TN', 'UA',
] as const;

export function isCountryCode(value: string): boolean {
  return (countryCodes as readonly string[]).includes(value);
}
