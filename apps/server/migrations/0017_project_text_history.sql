-- Founders change an approved project's texts without a new review, as in eTwinning; the history
-- keeps what the texts were before each editing session, for the partners and the NSS to see.
alter table project_events add column previous_texts jsonb;
alter table project_events drop constraint project_events_kind_check;
alter table project_events add constraint project_events_kind_check check (kind in (
  'created', 'submitted', 'withdrawn', 'approved', 'changes_requested', 'rejected', 'activated',
  'closed', 'reopened', 'published', 'unpublished', 'joined', 'left', 'removed', 'edited'));
