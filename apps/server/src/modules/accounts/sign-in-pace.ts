/**
 * How sign-in slows guessing down without locking the right person out (docs/SECURITY.md states
 * the same rule). Failed sign-ins are counted over a window per account and address, per account
 * and per address; past a key's free failures, its next password check waits, longer after each
 * failure. A right password is only ever made to wait, never refused for good. Failures of an
 * account from elsewhere, and of other accounts from here, do not slow an account down at an
 * address it signed in from lately: an attacker elsewhere cannot lock a pupil out of their school.
 */
export const signInPace = {
  windowMs: 15 * 60_000,
  /** An address the account signed in from within these days is its own. */
  knownAddressDays: 30,
  perAccountAndAddress: { free: 5, firstWaitMs: 30_000, maxWaitMs: 15 * 60_000 },
  perAccount: { free: 10, firstWaitMs: 30_000, maxWaitMs: 15 * 60_000 },
  perAddress: { free: 30, firstWaitMs: 2_000, maxWaitMs: 60_000 },
};

type Pace = { free: number; firstWaitMs: number; maxWaitMs: number };

/** Failures of one key in the window, before this attempt, and how long ago the last was. */
export type FailureCount = { count: number; msSinceLast: number | null };

export type RecentFailures = {
  accountAtAddress: FailureCount;
  account: FailureCount;
  address: FailureCount;
  /** The account signed in from this address lately. */
  knownAddress: boolean;
};

function waitFor(pace: Pace, failures: FailureCount): number {
  if (failures.count < pace.free || failures.msSinceLast === null) return 0;
  const wait = Math.min(pace.firstWaitMs * 2 ** (failures.count - pace.free), pace.maxWaitMs);
  return Math.max(0, wait - failures.msSinceLast);
}

/** How long an attempt must wait before its password is checked; 0: check it now. */
export function waitBeforeCheck(failures: RecentFailures): number {
  const waits = [waitFor(signInPace.perAccountAndAddress, failures.accountAtAddress)];
  if (!failures.knownAddress)
    waits.push(waitFor(signInPace.perAccount, failures.account), waitFor(signInPace.perAddress, failures.address));
  return Math.max(...waits);
}
