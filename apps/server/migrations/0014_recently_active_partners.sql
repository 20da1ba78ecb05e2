-- Partner search in two tiers (figures and plans in docs/ARCHITECTURE.md). A search returns the
-- 1,000 most recently active matches; whenever that many match among the most recently active
-- fifth of the teachers, those are the answer. This copy of that fifth, with its own indexes, is
-- small enough to stay in shared buffers, where the whole table is not.
--
-- It holds every searchable teacher active since `since` (and, until the next upkeep, some who
-- were before): a search of it must ask for `last_active >= since`. The hourly upkeep only moves
-- `since` up, so that a row the trigger left out is never needed.
create table recently_active_partners (like partner_search including defaults, primary key (user_id));

create table recently_active_partners_since (
  since timestamptz not null,
  only_row boolean primary key default true check (only_row)
);
insert into recently_active_partners_since (since) values ('-infinity');

create index recently_active_partners_text on recently_active_partners using gin (search_text gin_trgm_ops);
create index recently_active_partners_filters on recently_active_partners using gin (country_code, level, subjects, languages);
-- The walk (see 0009): everything a filter, a facet or the ranking reads, in order of activity.
create index recently_active_partners_walk on recently_active_partners (last_active desc, user_id desc)
  include (country_code, level, age_min, age_max, looking, subjects, languages, name_text, search_text);

-- Kept by a trigger on partner_search, which is itself kept by triggers: no write path can forget it.
create function partner_search_keep_recent() returns trigger
  language plpgsql as $$
begin
  if tg_op = 'DELETE' then
    delete from recently_active_partners where user_id = old.user_id;
  elsif new.last_active >= (select since from recently_active_partners_since) then
    insert into recently_active_partners select new.*
    on conflict (user_id) do update set
      name = excluded.name, country_code = excluded.country_code, school_name = excluded.school_name,
      town = excluded.town, level = excluded.level, subjects = excluded.subjects, languages = excluded.languages,
      age_min = excluded.age_min, age_max = excluded.age_max, looking = excluded.looking,
      last_active = excluded.last_active, name_text = excluded.name_text, search_text = excluded.search_text;
  else
    delete from recently_active_partners where user_id = new.user_id;
  end if;
  return null;
end $$;

create trigger partner_search_keep_recent after insert or update or delete on partner_search
  for each row execute function partner_search_keep_recent();

-- How many teachers the tier keeps: a fifth of them, but everyone below 100,000 (the whole table
-- then fits in shared buffers, and a search that found too few among the recent would only run twice).
create function recently_active_partners_kept() returns bigint
  language sql stable as $$
  select greatest(count(*) / 5, 100000) from partner_search;
$$;

-- Upkeep, run by every server process every hour: moves `since` up to the activity of the
-- `kept`-th most recently active teacher and lets the others go, in one transaction, so that a
-- statement sees either the old `since` and its rows or the new. The lock makes writers wait the
-- few milliseconds this takes instead of deadlocking with the delete.
create function keep_recently_active_partners(kept bigint) returns void
  language sql as $$
  lock table recently_active_partners in share row exclusive mode;
  update recently_active_partners_since set since = greatest(since, coalesce(
    (select last_active from recently_active_partners order by last_active desc offset greatest(kept - 1, 0) limit 1),
    '-infinity'));
  delete from recently_active_partners where last_active < (select since from recently_active_partners_since);
$$;

-- For bulk loads that bypass the trigger (and for this migration): `since` from the whole table,
-- which may move it down, then the copy made again. Writers wait: a write that read the old
-- `since`, or deleted a copy row this replaces, would leave the copy wrong.
create function rebuild_recently_active_partners(kept bigint) returns void
  language sql as $$
  lock table partner_search in share mode;
  update recently_active_partners_since set since = coalesce(
    (select last_active from partner_search order by last_active desc offset greatest(kept - 1, 0) limit 1),
    '-infinity');
  delete from recently_active_partners;
  insert into recently_active_partners
    select * from partner_search where last_active >= (select since from recently_active_partners_since);
$$;

-- The whole table's walk index goes: a walk in the tier finds the 1,000 it needs whenever they are
-- there, and when they are not the whole table is searched through its GIN indexes (see
-- docs/ARCHITECTURE.md for what that costs).
drop index partner_search_recent;

select rebuild_recently_active_partners(recently_active_partners_kept());
