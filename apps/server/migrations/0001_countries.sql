-- The 44 countries taking part: the 27 EU member states, the six Erasmus+ associated
-- countries and the eleven neighbouring partner countries. Names are not stored: the web app
-- shows each in the reader's language with Intl.DisplayNames.
create table countries (
  code char(2) primary key check (code ~ '^[A-Z]{2}$'),
  membership text not null check (membership in ('eu', 'associated', 'partner')),
  languages text[] not null check (cardinality(languages) > 0)
);

insert into countries (code, membership, languages) values
  ('AT', 'eu', '{de}'), ('BE', 'eu', '{nl,fr,de}'), ('BG', 'eu', '{bg}'), ('CY', 'eu', '{el,tr}'),
  ('CZ', 'eu', '{cs}'), ('DE', 'eu', '{de}'), ('DK', 'eu', '{da}'), ('EE', 'eu', '{et}'),
  ('ES', 'eu', '{es,ca,eu,gl}'), ('FI', 'eu', '{fi,sv}'), ('FR', 'eu', '{fr}'), ('GR', 'eu', '{el}'),
  ('HR', 'eu', '{hr}'), ('HU', 'eu', '{hu}'), ('IE', 'eu', '{ga,en}'), ('IT', 'eu', '{it}'),
  ('LT', 'eu', '{lt}'), ('LU', 'eu', '{lb,fr,de}'), ('LV', 'eu', '{lv}'), ('MT', 'eu', '{mt,en}'),
  ('NL', 'eu', '{nl}'), ('PL', 'eu', '{pl}'), ('PT', 'eu', '{pt}'), ('RO', 'eu', '{ro}'),
  ('SE', 'eu', '{sv}'), ('SI', 'eu', '{sl}'), ('SK', 'eu', '{sk}'),
  ('IS', 'associated', '{is}'), ('LI', 'associated', '{de}'), ('MK', 'associated', '{mk}'),
  ('NO', 'associated', '{no}'), ('RS', 'associated', '{sr}'), ('TR', 'associated', '{tr}'),
  ('AL', 'partner', '{sq}'), ('AM', 'partner', '{hy}'), ('AZ', 'partner', '{az}'),
  ('BA', 'partner', '{bs,hr,sr}'), ('GE', 'partner', '{ka}'), ('JO', 'partner', '{ar}'),
  ('LB', 'partner', '{ar}'), ('MD', 'partner', '{ro}'), ('ME', 'partner', '{sr}'),
  ('TN', 'partner', '{ar}'), ('UA', 'partner', '{uk}');
