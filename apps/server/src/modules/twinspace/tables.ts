import type { Db } from '../../platform/db/schema.ts';
import type { KernelTables } from '../kernel.ts';
import type { ProjectsReadView } from '../projects/module.ts';
import type { PupilsReadView } from '../pupils/module.ts';

/** The TwinSpace owns no table: it reads who is in a project (projects) and which pupils are (pupils). */
export type TwinspaceDb = Db<KernelTables & ProjectsReadView & PupilsReadView>;
