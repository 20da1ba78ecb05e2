import type { Readable } from 'node:stream';
import type { Db, Schema } from '../db/schema.ts';

/** A file that goes into a project's archive as it is: a material, a picture of a page. */
export type ArchivedFile = {
  /** Where it stands in the archive, below the module's folder: `photos/river.jpg`. */
  path: string;
  mediaType: string;
  open: () => Promise<Readable>;
};

/** What one module puts into a project's archive: its records as plain JSON, and its files. */
export type ProjectArchivePart = { records: unknown; files: ArchivedFile[] };

/** How a module goes into a project's archive (`DomainModule.projectArchive`); undefined when it holds nothing of the project. */
export type ProjectArchiver = (db: Db<Schema>, projectId: string) => Promise<ProjectArchivePart | undefined>;

/** Every module's part of the project's archive, by module name, in the order the modules are listed. */
export async function projectArchiveParts(
  modules: ReadonlyArray<{ name: string; projectArchive?: ProjectArchiver | undefined }>,
  db: Db<Schema>,
  projectId: string,
): Promise<Record<string, ProjectArchivePart>> {
  const parts: Record<string, ProjectArchivePart> = {};
  for (const { name, projectArchive } of modules) {
    const part = await projectArchive?.(db, projectId);
    if (part) parts[name] = part;
  }
  return parts;
}
