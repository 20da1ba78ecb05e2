import type { Generated } from 'kysely';

export type DomainEventsTable = {
  id: Generated<number>;
  type: string;
  actor_id: string | null;
  subject_type: string;
  subject_id: string;
  payload: unknown;
  created_at: Generated<Date>;
  attempts: Generated<number>;
  next_attempt_at: Generated<Date>;
  handled_by: Generated<string[]>;
  handled_at: Date | null;
  last_error: string | null;
};
