import type { Db } from '../../platform/db/schema.ts';
import type { KernelTables } from '../kernel.ts';
import type { MaterialsReadView } from '../materials/module.ts';
import type { PagesReadView } from '../pages/module.ts';
import type { ProjectsReadView } from '../projects/module.ts';

/** The gallery owns no table: it reads what projects, pages and materials show to the public. */
export type GalleryDb = Db<KernelTables & ProjectsReadView & PagesReadView & MaterialsReadView>;
