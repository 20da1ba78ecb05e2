-- Teachers' contacts: a request with a short message, accepted or declined; and blocks, which
-- end contact both ways and keep two people from finding or asking each other.
create table contact_requests (
  id uuid primary key default gen_random_uuid(),
  from_user uuid not null references users (id) on delete cascade,
  to_user uuid not null references users (id) on delete cascade,
  message text not null check (length(message) <= 500),
  status text not null default 'pending' check (status in ('pending', 'accepted', 'declined')),
  created_at timestamptz not null default now(),
  decided_at timestamptz,
  check (from_user <> to_user)
);
-- One open or accepted link per pair, whoever asked.
create unique index contact_requests_pair on contact_requests (least(from_user, to_user), greatest(from_user, to_user)) where status in ('pending', 'accepted');
create index contact_requests_to on contact_requests (to_user, status);
create index contact_requests_from on contact_requests (from_user, status);

create table blocks (
  blocker uuid not null references users (id) on delete cascade,
  blocked uuid not null references users (id) on delete cascade,
  created_at timestamptz not null default now(),
  primary key (blocker, blocked),
  check (blocker <> blocked)
);
create index blocks_blocked on blocks (blocked);
