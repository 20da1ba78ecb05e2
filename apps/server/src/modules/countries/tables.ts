export type CountriesTable = {
  code: string;
  membership: 'eu' | 'associated' | 'partner';
  languages: string[];
  /** IANA zone of the capital, e.g. Europe/Paris. */
  time_zone: string;
};

declare module '../../platform/db/schema.ts' {
  interface Schema {
    countries: CountriesTable;
  }
}
