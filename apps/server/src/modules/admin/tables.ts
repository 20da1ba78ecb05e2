import type { Db, PlatformTables, ReadOnly } from '../../platform/db/schema.ts';
import type { AccountsTables } from '../accounts/module.ts';
import type { KernelTables } from '../kernel.ts';

/**
 * The administrators own no table: they read the mail outbox, and still delete a national officer's
 * account here, until accounts offers it as a service.
 */
export type AdminDb = Db<Omit<KernelTables, 'users'> & Pick<AccountsTables, 'users'> & ReadOnly<Pick<PlatformTables, 'outbox_mails'>>>;
