import type { Db, ReadOnly } from '../../platform/db/schema.ts';
import type { KernelTables } from '../kernel.ts';
import type { PupilsReadView } from '../pupils/module.ts';
import type { ProjectsReadView } from '../projects/module.ts';
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

/** The tables this module owns: only its own queries name them (see modules/kernel.ts for what all may read). */
export type MaterialsTables = {
  albums: AlbumsTable;
  materials: MaterialsTable;
  material_pupils: MaterialPupilsTable;
};

declare module '../../platform/db/schema.ts' {
  interface Schema extends MaterialsTables {}
}

/** What this module's queries run on: its own tables, the kernel's and what it reads of other modules. */
export type MaterialsDb = Db<MaterialsTables & KernelTables & ProjectsReadView & PupilsReadView>;

/** What other modules may read of materials (never write): the files and their albums. */
export type MaterialsReadView = ReadOnly<Pick<MaterialsTables, 'materials' | 'albums'>>;
