-- People search at province scale (issue 12) and personal data by the law (issue 9).
--
-- person_fts indexes the folded search text (name, phone, organisation) for word-prefix queries.
-- FTS5 needs an integer key that survives VACUUM; person has only a text id (its implicit rowid
-- may be renumbered by VACUUM), so person_search_key gives each person a stable integer that
-- the FTS rows use as their rowid. Triggers keep both in step with every write to person.
--
-- search_text becomes the folded words joined by one space (shared/text/search.ts), so a word
-- prefix is `' ' || search_text LIKE '% word%'` on the name-order index and `"word"*` in FTS5,
-- with the same words on both sides.
UPDATE person SET search_text = vn_search_text(search_text);

CREATE TABLE person_search_key (
  key       INTEGER PRIMARY KEY,
  person_id TEXT NOT NULL UNIQUE,
  name_key  TEXT NOT NULL            -- person.name_key, so sorting FTS matches reads no person row
);

-- detail=none: queries are ANDs of word prefixes, never phrases. Prefix indexes up to six letters
-- ("nguyen", "truong": most Vietnamese syllables) keep a common prefix from merging 40,000-row
-- doclists on every keystroke (18 ms → 0.1 ms at 100,000 people). The text is already folded.
CREATE VIRTUAL TABLE person_fts USING fts5(
  text,
  tokenize = 'unicode61 remove_diacritics 0',
  detail = none,
  prefix = '1 2 3 4 5 6'
);

CREATE TRIGGER person_search_insert AFTER INSERT ON person BEGIN
  INSERT INTO person_search_key (person_id, name_key) VALUES (new.id, new.name_key);
  INSERT INTO person_fts (rowid, text)
    VALUES ((SELECT key FROM person_search_key WHERE person_id = new.id), new.search_text);
END;

CREATE TRIGGER person_search_update AFTER UPDATE OF search_text ON person
WHEN new.search_text IS NOT old.search_text BEGIN
  UPDATE person_fts SET text = new.search_text
    WHERE rowid = (SELECT key FROM person_search_key WHERE person_id = new.id);
END;

CREATE TRIGGER person_search_rename AFTER UPDATE OF name_key ON person
WHEN new.name_key IS NOT old.name_key BEGIN
  UPDATE person_search_key SET name_key = new.name_key WHERE person_id = new.id;
END;

CREATE TRIGGER person_search_delete AFTER DELETE ON person BEGIN
  DELETE FROM person_fts WHERE rowid = (SELECT key FROM person_search_key WHERE person_id = old.id);
  DELETE FROM person_search_key WHERE person_id = old.id;
END;

-- Rebuilt from the people already registered, in name order.
INSERT INTO person_search_key (person_id, name_key) SELECT id, name_key FROM person ORDER BY name_key, rowid;
INSERT INTO person_fts (rowid, text)
  SELECT k.key, p.search_text FROM person_search_key k JOIN person p ON p.id = k.person_id;

-- A person whose data was deleted on request (Luật Bảo vệ dữ liệu cá nhân 2025; NĐ 13/2023/NĐ-CP):
-- the row stays, anonymised, so memberships, attendance and report totals stay right.
-- Their search_text is '' so no search finds them.
ALTER TABLE person ADD COLUMN erased_at TEXT;

-- The audit trail keeps who changed what and when but never a CCCD in clear: mask the numbers
-- already written, as new rows are (electron/core/privacy/audit-redact.ts).
UPDATE audit_log SET before = tcns_audit_redact(before) WHERE before IS NOT NULL;
UPDATE audit_log SET after = tcns_audit_redact(after) WHERE after IS NOT NULL;
