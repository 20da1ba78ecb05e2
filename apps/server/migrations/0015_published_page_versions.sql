-- A public page shows the version a teacher published, not its live text: a pupil's later edits
-- wait for a teacher to publish them. The published version is one of the page's versions.
alter table twinspace_pages
  add column published_version_id bigint references page_versions (id) on delete set null,
  add column published_at timestamptz,
  add column published_by uuid references users (id) on delete set null;

-- The pages public today keep showing what they show: their text becomes their published version.
with published as (
  insert into page_versions (page_id, document, html, authors, saved_by)
  select id, coalesce(document, ''::bytea), html, '{}', updated_by from twinspace_pages where visibility = 'public'
  returning id, page_id
)
update twinspace_pages page set published_version_id = published.id, published_at = now(), published_by = page.updated_by
from published where page.id = published.page_id;

alter table twinspace_pages add constraint twinspace_pages_public_has_version check (visibility <> 'public' or published_version_id is not null);
