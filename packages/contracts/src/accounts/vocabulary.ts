/** Fixed vocabularies of accounts and profiles; the web app translates each code. */

export const staffRoles = ['teacher', 'librarian', 'head', 'inspector'] as const;
export type StaffRole = (typeof staffRoles)[number];

export const accountRoles = ['teacher', 'nss', 'admin', 'pupil'] as const;
export type AccountRole = (typeof accountRoles)[number];

export const accountStatuses = ['pending', 'validated', 'rejected'] as const;
export type AccountStatus = (typeof accountStatuses)[number];

export const subjects = [
  'art',
  'biology',
  'chemistry',
  'citizenship',
  'classical_languages',
  'computing',
  'cross_curricular',
  'drama',
  'economics',
  'environment',
  'foreign_languages',
  'geography',
  'history',
  'home_economics',
  'language_and_literature',
  'mathematics',
  'media_education',
  'music',
  'philosophy',
  'physical_education',
  'physics',
  'pre_school',
  'primary_all_subjects',
  'religion_ethics',
  'science',
  'special_needs',
  'technology',
  'vocational_subjects',
] as const;
export type Subject = (typeof subjects)[number];

/** Languages a teacher can work in: ISO 639-1 codes of the participating countries' languages and a few more. */
export const workingLanguages = [
  'ar',
  'az',
  'bg',
  'bs',
  'ca',
  'cs',
  'da',
  'de',
  'el',
  'en',
  'es',
  'et',
  'eu',
  'fi',
  'fr',
  'ga',
  'gl',
  'hr',
  'hu',
  'hy',
  'is',
  'it',
  'ka',
  'lb',
  'lt',
  'lv',
  'mk',
  'mt',
  'nl',
  'no',
  'pl',
  'pt',
  'ro',
  'ru',
  'sk',
  'sl',
  'sq',
  'sr',
  'sv',
  'tr',
  'uk',
] as const;
export type WorkingLanguage = (typeof workingLanguages)[number];

export const passwordRules = { minLength: 10, maxLength: 200 } as const;
