import type { Db, ReadOnly } from '../../platform/db/schema.ts';
import type { KernelTables } from '../kernel.ts';
import type { PupilsReadView } from '../pupils/module.ts';
import type { PageEditors, Visibility } from '@jumelage/contracts';
import type { Generated } from 'kysely';

export type TwinspacePagesTable = {
  id: Generated<string>;
  project_id: string;
  parent_id: string | null;
  title: string;
  position: Generated<number>;
  editors: Generated<PageEditors>;
  visibility: Generated<Visibility>;
  document: Uint8Array | null;
  html: Generated<string>;
  authors_since_version: Generated<string[]>;
  /** The version the public sees while the page is public. */
  published_version_id: number | null;
  published_at: Date | null;
  published_by: string | null;
  created_by: string | null;
  created_at: Generated<Date>;
  updated_by: string | null;
  updated_at: Generated<Date>;
};

export type PageUpdatesTable = {
  id: Generated<number>;
  page_id: string;
  update: Uint8Array;
  user_id: string | null;
  created_at: Generated<Date>;
};

export type PageVersionsTable = {
  id: Generated<number>;
  page_id: string;
  document: Uint8Array;
  html: string;
  authors: Generated<string[]>;
  restored_from: number | null;
  saved_by: string | null;
  saved_at: Generated<Date>;
};

export type PagePupilsTable = { page_id: string; pupil_id: string };

/** The tables this module owns: only its own queries name them (see modules/kernel.ts for what all may read). */
export type PagesTables = {
  twinspace_pages: TwinspacePagesTable;
  page_updates: PageUpdatesTable;
  page_versions: PageVersionsTable;
  page_pupils: PagePupilsTable;
};

declare module '../../platform/db/schema.ts' {
  interface Schema extends PagesTables {}
}

/** What this module's queries run on: its own tables, the kernel's and what it reads of other modules. */
export type PagesDb = Db<PagesTables & KernelTables & PupilsReadView>;

/** What other modules may read of pages (never write): the pages and their kept versions. */
export type PagesReadView = ReadOnly<Pick<PagesTables, 'twinspace_pages' | 'page_versions'>>;
