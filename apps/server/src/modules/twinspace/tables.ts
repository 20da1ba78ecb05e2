import type { Generated } from 'kysely';

export type TwinspacesTable = {
  project_id: string;
  created_at: Generated<Date>;
};

declare module '../../platform/db/schema.ts' {
  interface Schema {
    twinspaces: TwinspacesTable;
  }
}
