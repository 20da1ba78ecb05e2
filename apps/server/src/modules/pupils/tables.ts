import type { ImageConsent } from '@jumelage/contracts';
import type { ColumnType, Generated } from 'kysely';

/** A date without a time, written as '2027-09-01' and selected with `::text` (never a JavaScript Date). */
type DateText = ColumnType<string, string, string>;

export type PupilsTable = {
  user_id: string;
  first_name: string;
  last_name: Generated<string>;
  school_id: string;
  created_by: string | null;
  account_consent_on: DateText | null;
  account_consent_by: string | null;
  image_consent: Generated<ImageConsent>;
  image_consent_on: DateText | null;
  image_consent_by: string | null;
  created_at: Generated<Date>;
};

export type ProjectPupilsTable = {
  project_id: string;
  pupil_id: string;
  added_by: string | null;
  added_at: Generated<Date>;
};

declare module '../../platform/db/schema.ts' {
  interface Schema {
    pupils: PupilsTable;
    project_pupils: ProjectPupilsTable;
  }
}
