-- A rejected teacher can correct their profile and ask again: the validation queue then orders
-- and counts waiting time from that request, not from the registration.
alter table users add column awaiting_since timestamptz not null default now();
update users set awaiting_since = created_at;

drop index users_validation_queue;
create index users_validation_queue on users (country_code, awaiting_since, id) where status = 'pending' and email_confirmed_at is not null;
