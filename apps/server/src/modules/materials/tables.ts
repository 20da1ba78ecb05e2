import type { MaterialKind, Visibility } from '@jumelage/contracts';
import type { Generated } from 'kysely';

export type AlbumsTable = {
  id: Generated<string>;
  project_id: string;
  title: string;
  created_by: string | null;
  created_at: Generated<Date>;
};

export type MaterialsTable = {
  id: string;
  project_id: string;
  album_id: string | null;
  title: string | null;
  description: string | null;
  original_name: string;
  media_type: string;
  kind: MaterialKind;
  /** A bigint, read as a number on both databases (see platform/db/database.ts). */
  size_bytes: number;
  storage_key: string;
  has_thumbnail: Generated<boolean>;
  width: number | null;
  height: number | null;
  visibility: Generated<Visibility>;
  uploaded_by: string | null;
  created_at: Generated<Date>;
};

export type MaterialPupilsTable = { material_id: string; pupil_id: string };

declare module '../../platform/db/schema.ts' {
  interface Schema {
    albums: AlbumsTable;
    materials: MaterialsTable;
    material_pupils: MaterialPupilsTable;
  }
}
