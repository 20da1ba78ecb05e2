import type { Db } from '../../platform/db/schema.ts';
import type { KernelTables } from '../kernel.ts';
export type CountriesTable = {
  code: string;
  membership: 'eu' | 'associated' | 'partner';
  languages: string[];
  /** IANA zone of the capital, e.g. Europe/Paris. */
  time_zone: string;
};

/** The tables this module owns: only its own queries name them (see modules/kernel.ts for what all may read). */
export type CountriesTables = {
  countries: CountriesTable;
};

declare module '../../platform/db/schema.ts' {
  interface Schema extends CountriesTables {}
}

/** What this module's queries run on: its own tables, and the kernel's to read. */
export type CountriesDb = Db<CountriesTables & Omit<KernelTables, 'countries'>>;
