export type AuditEntriesTable = {
  event_id: number;
  actor_id: string | null;
  action: string;
  subject_type: string;
  subject_id: string;
  occurred_at: Date;
};
