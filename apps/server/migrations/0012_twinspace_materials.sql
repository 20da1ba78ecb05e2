-- The TwinSpace's materials: files the members upload (images, sound, video, PDFs, office
-- documents), sorted into albums. The bytes live under DATA_DIR/files, named by storage_key.

create table albums (
  id uuid primary key default gen_random_uuid(),
  project_id uuid not null references projects (id) on delete cascade,
  title text not null check (length(title) between 1 and 120),
  created_by uuid references users (id) on delete set null,
  created_at timestamptz not null default now()
);
create index albums_project on albums (project_id, title);

create table materials (
  id uuid primary key,
  project_id uuid not null references projects (id) on delete cascade,
  -- Deleting an album keeps its materials, outside any album.
  album_id uuid references albums (id) on delete set null,
  title text check (length(title) between 1 and 200),
  description text check (length(description) <= 2000),
  -- The name the file had on the uploader's computer, given back on download.
  original_name text not null check (length(original_name) between 1 and 255),
  -- What the content is, found from the bytes (never from the name or the browser's word).
  media_type text not null,
  kind text not null check (kind in ('image', 'audio', 'video', 'pdf', 'document')),
  -- The stored file's size: what counts against the project's storage.
  size_bytes bigint not null check (size_bytes > 0),
  storage_key text not null unique,
  has_thumbnail boolean not null default false,
  width integer check (width > 0),
  height integer check (height > 0),
  visibility text not null default 'members' check (visibility in ('members', 'public')),
  uploaded_by uuid references users (id) on delete set null,
  created_at timestamptz not null default now(),
  check ((kind = 'image') = (width is not null and height is not null))
);
create index materials_project on materials (project_id, created_at desc, id desc);
create index materials_album on materials (album_id, created_at desc, id desc) where album_id is not null;

-- Pupils shown in a material: it is public only while every one of them has public consent.
create table material_pupils (
  material_id uuid not null references materials (id) on delete cascade,
  pupil_id uuid not null references users (id) on delete cascade,
  primary key (material_id, pupil_id)
);
create index material_pupils_pupil on material_pupils (pupil_id);
