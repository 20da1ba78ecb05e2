export type CountriesTable = {
  code: string;
  membership: 'eu' | 'associated' | 'partner';
  languages: string[];
};
