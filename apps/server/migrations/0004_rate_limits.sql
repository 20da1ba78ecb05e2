-- Requests counted per purpose and key (an address, an account) over a sliding window, shared by
-- every process: mail-sending routes and password checks are limited with it.
create table rate_limit_hits (
  id bigint generated always as identity primary key,
  bucket text not null,
  key text not null,
  hit_at timestamptz not null default now()
);
create index rate_limit_hits_lookup on rate_limit_hits (bucket, key, hit_at);
