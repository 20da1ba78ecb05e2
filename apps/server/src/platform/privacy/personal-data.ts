import type { Db, Schema } from '../db/schema.ts';

/**
 * How a module answers for what it keeps about a person (GDPR articles 15 and 17). Each module
 * that keeps personal data gives one in its `DomainModule.personalData`.
 */
export type PersonalDataKeeper = {
  /** What the module keeps about the person, as it is handed to them: plain JSON, or undefined when nothing. */
  export: (db: Db<Schema>, personId: string) => Promise<unknown>;
  /**
   * Erases what the module keeps about the person, in the transaction that then deletes their
   * account: what others' work still needs is kept without the person (anonymised), the rest goes.
   */
  erase: (db: Db<Schema>, personId: string) => Promise<void>;
};

/** Every module's keeper, asked together: built once by buildApp. */
export type PersonalData = {
  /** What each module keeps about the person, by module name; modules that keep nothing are left out. */
  export: (db: Db<Schema>, personId: string) => Promise<Record<string, unknown>>;
  /** Runs every module's erasure, in the caller's transaction, before the account itself is deleted. */
  erase: (db: Db<Schema>, personId: string) => Promise<void>;
};

export function personalDataOf(keepers: ReadonlyArray<{ name: string; personalData?: PersonalDataKeeper | undefined }>): PersonalData {
  const named = keepers.flatMap(({ name, personalData }) => (personalData ? [{ name, keeper: personalData }] : []));
  return {
    async export(db, personId) {
      const parts: Record<string, unknown> = {};
      for (const { name, keeper } of named) {
        const part = await keeper.export(db, personId);
        if (part !== undefined) parts[name] = part;
      }
      return parts;
    },
    async erase(db, personId) {
      for (const { keeper } of named) await keeper.erase(db, personId);
    },
  };
}
