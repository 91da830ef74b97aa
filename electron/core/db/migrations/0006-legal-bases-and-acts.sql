-- Issue 8 §1–2: the legal bases a commune cites again and again, kept once; đính chính / thu hồi /
-- bãi bỏ as decisions of their own that refer to the act they change; and, per team, which part
-- of an issued decision is still in force and which later decision replaced it.

-- One row per reusable căn cứ (the commune has one row in `commune`, so the key is enough).
-- A basis not yet entered has no row: drafts leave it out with a warning, never print "…".
CREATE TABLE legal_basis (
  key        TEXT PRIMARY KEY CHECK (key IN ('sap_xep_don_vi', 'ke_hoach_tinh', 'quy_dinh_tinh')),
  number     TEXT NOT NULL,   -- số, ký hiệu: "1650/NQ-UBTVQH15"
  date       TEXT NOT NULL,   -- ngày ban hành, ISO
  issuer     TEXT NOT NULL,   -- "Ủy ban Thường vụ Quốc hội"
  title      TEXT NOT NULL,   -- trích yếu: "về việc sắp xếp các đơn vị hành chính cấp xã của tỉnh …"
  version    INTEGER NOT NULL DEFAULT 1,
  updated_at TEXT NOT NULL
);

-- SQLite cannot widen a CHECK in place, so the decision tables are rebuilt. Children are copied
-- aside and dropped first: dropping `decision` while they still point at it would cascade.
CREATE TEMP TABLE decision_team_copy AS SELECT * FROM decision_team;
CREATE TEMP TABLE decision_file_copy AS SELECT * FROM decision_file;
DROP TABLE decision_file;
DROP TABLE decision_team;

CREATE TABLE decision_new (
  id              TEXT PRIMARY KEY,
  kind            TEXT NOT NULL CHECK (kind IN ('thanh_lap', 'kien_toan', 'giai_the', 'dinh_chinh', 'thu_hoi', 'bai_bo')),
  status          TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'issued', 'signed')),
  year            INTEGER NOT NULL,
  number          INTEGER CHECK (number > 0),
  symbol          TEXT NOT NULL DEFAULT 'QĐ-UBND',
  date            TEXT,
  authority       TEXT NOT NULL DEFAULT 'chair' CHECK (authority IN ('chair', 'collective')),
  signer_name     TEXT NOT NULL,
  signer_capacity TEXT NOT NULL CHECK (signer_capacity IN ('chair', 'vice_chair')),
  title           TEXT NOT NULL,
  can_cu          TEXT NOT NULL,
  de_nghi         TEXT NOT NULL,
  articles        TEXT NOT NULL,
  recipients      TEXT NOT NULL,
  content         TEXT,
  issued_at       TEXT,
  -- đính chính / thu hồi / bãi bỏ: the issued decision this act corrects or withdraws.
  amends_id       TEXT REFERENCES decision(id),
  version         INTEGER NOT NULL DEFAULT 1,
  created_at      TEXT NOT NULL,
  updated_at      TEXT NOT NULL,
  CHECK (status = 'draft' OR (number IS NOT NULL AND date IS NOT NULL AND content IS NOT NULL)),
  CHECK ((kind IN ('dinh_chinh', 'thu_hoi', 'bai_bo')) = (amends_id IS NOT NULL))
);
INSERT INTO decision_new (id, kind, status, year, number, symbol, date, authority, signer_name, signer_capacity,
  title, can_cu, de_nghi, articles, recipients, content, issued_at, amends_id, version, created_at, updated_at)
SELECT id, kind, status, year, number, symbol, date, authority, signer_name, signer_capacity,
  title, can_cu, de_nghi, articles, recipients, content, issued_at, NULL, version, created_at, updated_at
FROM decision;
DROP TABLE decision;
ALTER TABLE decision_new RENAME TO decision;
CREATE UNIQUE INDEX decision_number ON decision (year, symbol, number) WHERE status <> 'draft';
CREATE INDEX decision_status ON decision (status, year);
CREATE INDEX decision_amends ON decision (amends_id) WHERE amends_id IS NOT NULL;

-- A decision's part for one team. replaced_by: the later kiện toàn / giải thể / thu hồi / bãi bỏ
-- that ended this part (only that team's part: the other teams' parts stay in force).
CREATE TABLE decision_team (
  decision_id TEXT NOT NULL REFERENCES decision(id) ON DELETE CASCADE,
  team_id     TEXT NOT NULL REFERENCES team(id),
  ordinal     INTEGER NOT NULL,
  members     TEXT,
  replaced_by TEXT REFERENCES decision(id),
  PRIMARY KEY (decision_id, team_id)
);
CREATE INDEX decision_team_team ON decision_team (team_id);
INSERT INTO decision_team (decision_id, team_id, ordinal, members)
SELECT decision_id, team_id, ordinal, members FROM decision_team_copy;

CREATE TABLE decision_file (
  id          TEXT PRIMARY KEY,
  decision_id TEXT NOT NULL REFERENCES decision(id),
  kind        TEXT NOT NULL CHECK (kind IN ('signed_pdf')),
  file_name   TEXT NOT NULL,
  sha256      TEXT NOT NULL,
  bytes       BLOB NOT NULL,
  signatures  TEXT NOT NULL,
  source      TEXT NOT NULL CHECK (source IN ('signed_in_app', 'imported')),
  created_at  TEXT NOT NULL
);
CREATE INDEX decision_file_decision ON decision_file (decision_id);
INSERT INTO decision_file SELECT * FROM decision_file_copy;
DROP TABLE decision_team_copy;
DROP TABLE decision_file_copy;

-- Earlier kiện toàn / giải thể already ended their teams' parts of earlier decisions: record it,
-- latest act per team by signing date then issue time, as consolidation.ts orders them.
UPDATE decision_team AS p SET replaced_by = (
  SELECT d2.id FROM decision_team q JOIN decision d2 ON d2.id = q.decision_id
  WHERE q.team_id = p.team_id AND d2.status <> 'draft' AND d2.kind IN ('kien_toan', 'giai_the') AND d2.id <> p.decision_id
    AND (d2.date > d.date OR (d2.date = d.date AND d2.issued_at > d.issued_at))
  ORDER BY d2.date, d2.issued_at LIMIT 1)
FROM decision d
WHERE d.id = p.decision_id AND d.status <> 'draft' AND d.kind IN ('thanh_lap', 'kien_toan');

-- An issued decision is a legal act: never edited, renumbered or deleted (ND30; issue 8 §2).
-- The handlers refuse first with a clear message; these triggers make it hold for any writer.
-- Only status (issued → signed), version and updated_at may still change.
CREATE TRIGGER decision_issued_frozen BEFORE UPDATE ON decision
WHEN OLD.status <> 'draft' AND (
  NEW.status = 'draft' OR NEW.kind IS NOT OLD.kind OR NEW.year IS NOT OLD.year OR NEW.number IS NOT OLD.number
  OR NEW.symbol IS NOT OLD.symbol OR NEW.date IS NOT OLD.date OR NEW.authority IS NOT OLD.authority
  OR NEW.signer_name IS NOT OLD.signer_name OR NEW.signer_capacity IS NOT OLD.signer_capacity OR NEW.title IS NOT OLD.title
  OR NEW.can_cu IS NOT OLD.can_cu OR NEW.de_nghi IS NOT OLD.de_nghi OR NEW.articles IS NOT OLD.articles
  OR NEW.recipients IS NOT OLD.recipients OR NEW.content IS NOT OLD.content OR NEW.issued_at IS NOT OLD.issued_at
  OR NEW.amends_id IS NOT OLD.amends_id)
BEGIN
  SELECT RAISE(ABORT, 'Quyết định đã ban hành không được sửa hoặc đánh số lại; thay đổi cần một quyết định mới.');
END;

CREATE TRIGGER decision_issued_kept BEFORE DELETE ON decision
WHEN OLD.status <> 'draft'
BEGIN
  SELECT RAISE(ABORT, 'Quyết định đã ban hành không được xóa; muốn thu hồi hay bãi bỏ cần một quyết định mới.');
END;

-- The teams and frozen member lists of an issued decision stay as issued; only replaced_by (set
-- once by the later decision that replaces a part) may be written.
CREATE TRIGGER decision_team_issued_frozen BEFORE UPDATE ON decision_team
WHEN (SELECT status FROM decision WHERE id = OLD.decision_id) <> 'draft' AND (
  NEW.decision_id IS NOT OLD.decision_id OR NEW.team_id IS NOT OLD.team_id OR NEW.ordinal IS NOT OLD.ordinal
  OR NEW.members IS NOT OLD.members OR (OLD.replaced_by IS NOT NULL AND NEW.replaced_by IS NOT OLD.replaced_by))
BEGIN
  SELECT RAISE(ABORT, 'Danh sách tổ của quyết định đã ban hành không được sửa.');
END;

CREATE TRIGGER decision_team_issued_kept BEFORE DELETE ON decision_team
WHEN (SELECT status FROM decision WHERE id = OLD.decision_id) <> 'draft'
BEGIN
  SELECT RAISE(ABORT, 'Danh sách tổ của quyết định đã ban hành không được sửa.');
END;

CREATE TRIGGER decision_team_issued_closed BEFORE INSERT ON decision_team
WHEN (SELECT status FROM decision WHERE id = NEW.decision_id) <> 'draft'
BEGIN
  SELECT RAISE(ABORT, 'Danh sách tổ của quyết định đã ban hành không được sửa.');
END;
