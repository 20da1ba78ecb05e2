-- Partner search chooses its plan from a real count (figures and plans in docs/ARCHITECTURE.md).
-- A text search first counts its matches among a 64th of the teachers, those whose id (random) is
-- below 04000000-…: a few hundred rows at most, through this small trigram index, instead of
-- trying the narrow plan with a cap and paying for the overflow when the text is common.
create index partner_search_text_sample on partner_search using gin (search_text gin_trgm_ops)
  where user_id < '04000000-0000-0000-0000-000000000000'::uuid;
