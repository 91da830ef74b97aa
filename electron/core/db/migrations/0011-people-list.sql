-- The people list filters the register by village and shows it in Vietnamese name order:
-- this index serves both without a sort (issue 11, bench/people-list.ts).
CREATE INDEX person_village_name ON person (village_id, name_key);
