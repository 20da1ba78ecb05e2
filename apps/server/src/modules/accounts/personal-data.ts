import type { PersonalDataKeeper } from '../../platform/privacy/personal-data.ts';
import { accountRecordOf, findProfile, forgetSignInTraces } from './queries.ts';
import { activeSessionsOf } from './sessions.ts';

/**
 * The account, the teacher's profile and the open sessions, for the person to read. The rows
 * that name the account go with it (foreign keys); the sign-in traces are kept by login, not by
 * account, and are erased here.
 */
export const accountPersonalData: PersonalDataKeeper = {
  async export(db, personId) {
    const account = await accountRecordOf(db, personId);
    if (!account) return undefined;
    return { account, teacherProfile: (await findProfile(db, personId)) ?? null, sessions: await activeSessionsOf(db, personId) };
  },
  async erase(db, personId) {
    const account = await accountRecordOf(db, personId);
    if (account)
      await forgetSignInTraces(
        db,
        [account.email, account.username].filter((login) => login !== null),
      );
  },
};
