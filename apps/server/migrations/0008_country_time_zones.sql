-- Each country's civil time (its capital's zone), so that suggestions can prefer partners whose
-- school day overlaps; the offset is computed for the current date, summer time included.
alter table countries add column time_zone text;
update countries set time_zone = zone from (values
  ('AT', 'Europe/Vienna'), ('BE', 'Europe/Brussels'), ('BG', 'Europe/Sofia'), ('CY', 'Asia/Nicosia'),
  ('CZ', 'Europe/Prague'), ('DE', 'Europe/Berlin'), ('DK', 'Europe/Copenhagen'), ('EE', 'Europe/Tallinn'),
  ('ES', 'Europe/Madrid'), ('FI', 'Europe/Helsinki'), ('FR', 'Europe/Paris'), ('GR', 'Europe/Athens'),
  ('HR', 'Europe/Zagreb'), ('HU', 'Europe/Budapest'), ('IE', 'Europe/Dublin'), ('IT', 'Europe/Rome'),
  ('LT', 'Europe/Vilnius'), ('LU', 'Europe/Luxembourg'), ('LV', 'Europe/Riga'), ('MT', 'Europe/Malta'),
  ('NL', 'Europe/Amsterdam'), ('PL', 'Europe/Warsaw'), ('PT', 'Europe/Lisbon'), ('RO', 'Europe/Bucharest'),
  ('SE', 'Europe/Stockholm'), ('SI', 'Europe/Ljubljana'), ('SK', 'Europe/Bratislava'),
  ('IS', 'Atlantic/Reykjavik'), ('LI', 'Europe/Vaduz'), ('MK', 'Europe/Skopje'), ('NO', 'Europe/Oslo'),
  ('RS', 'Europe/Belgrade'), ('TR', 'Europe/Istanbul'),
  ('AL', 'Europe/Tirane'), ('AM', 'Asia/Yerevan'), ('AZ', 'Asia/Baku'), ('BA', 'Europe/Sarajevo'),
  ('GE', 'Asia/Tbilisi'), ('JO', 'Asia/Amman'), ('LB', 'Asia/Beirut'), ('MD', 'Europe/Chisinau'),
  ('ME', 'Europe/Podgorica'), ('TN', 'Africa/Tunis'), ('UA', 'Europe/Kyiv')
) as zones (code, zone) where countries.code = zones.code;
alter table countries alter column time_zone set not null;
-- A zone the server's time-zone database does not know fails here, not in a search.
do $$ begin perform now() at time zone time_zone from countries; end $$;
