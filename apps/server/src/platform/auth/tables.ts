import type { Generated } from 'kysely';

export type SessionsTable = {
  id: Generated<string>;
  token_hash: string;
  user_id: string;
  csrf_token: string;
  user_agent: Generated<string>;
  ip: Generated<string>;
  created_at: Generated<Date>;
  last_seen_at: Generated<Date>;
  expires_at: Date;
};
