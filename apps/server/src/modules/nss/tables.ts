import type { Db, ReadOnly } from '../../platform/db/schema.ts';
import type { AccountsTables } from '../accounts/module.ts';
import type { KernelTables } from '../kernel.ts';

/**
 * The national support services own no table: they read teachers' profiles, and their decision on
 * a teacher is still written into the teacher's account here, until accounts offers it as a service.
 */
export type NssDb = Db<Omit<KernelTables, 'users'> & Pick<AccountsTables, 'users'> & ReadOnly<Pick<AccountsTables, 'teacher_profiles'>>>;
