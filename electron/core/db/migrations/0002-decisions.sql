-- The decision register: Quyết định thành lập / kiện toàn / giải thể and their archived signed files.
-- A draft is edited freely; issuing freezes its full printable content in `content` (JSON) and
-- the members of each team in decision_team.members, so later team edits never change it.

CREATE TABLE decision (
  id              TEXT PRIMARY KEY,
  kind            TEXT NOT NULL CHECK (kind IN ('thanh_lap', 'kien_toan', 'giai_the')),
  status          TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'issued', 'signed')),
  year            INTEGER NOT NULL,
  number          INTEGER CHECK (number > 0),
  symbol          TEXT NOT NULL DEFAULT 'QĐ-UBND',
  date            TEXT,                            -- signing date, ISO
  authority       TEXT NOT NULL DEFAULT 'chair' CHECK (authority IN ('chair', 'collective')),
  signer_name     TEXT NOT NULL,
  signer_capacity TEXT NOT NULL CHECK (signer_capacity IN ('chair', 'vice_chair')),
  title           TEXT NOT NULL,
  can_cu          TEXT NOT NULL,                   -- JSON string[]
  de_nghi         TEXT NOT NULL,
  articles        TEXT NOT NULL,                   -- JSON {label, paragraphs}[]
  recipients      TEXT NOT NULL,                   -- JSON string[]
  content         TEXT,                            -- JSON DecisionContent, frozen at issue
  issued_at       TEXT,
  version         INTEGER NOT NULL DEFAULT 1,
  created_at      TEXT NOT NULL,
  updated_at      TEXT NOT NULL,
  CHECK (status = 'draft' OR (number IS NOT NULL AND date IS NOT NULL AND content IS NOT NULL))
);
-- Numbering restarts each year; an issued number is never used twice (ND30).
CREATE UNIQUE INDEX decision_number ON decision (year, symbol, number) WHERE status <> 'draft';
CREATE INDEX decision_status ON decision (status, year);

CREATE TABLE decision_team (
  decision_id TEXT NOT NULL REFERENCES decision(id) ON DELETE CASCADE,
  team_id     TEXT NOT NULL REFERENCES team(id),
  ordinal     INTEGER NOT NULL,
  members     TEXT,                                -- JSON {personId, fullName, position}[], frozen at issue
  PRIMARY KEY (decision_id, team_id)
);
CREATE INDEX decision_team_team ON decision_team (team_id);

-- Signed PDFs: signed in the app, or signed elsewhere (CA tool, USB token) and imported.
CREATE TABLE decision_file (
  id          TEXT PRIMARY KEY,
  decision_id TEXT NOT NULL REFERENCES decision(id),
  kind        TEXT NOT NULL CHECK (kind IN ('signed_pdf')),
  file_name   TEXT NOT NULL,
  sha256      TEXT NOT NULL,
  bytes       BLOB NOT NULL,
  signatures  TEXT NOT NULL,                       -- JSON verification report at archive time
  source      TEXT NOT NULL CHECK (source IN ('signed_in_app', 'imported')),
  created_at  TEXT NOT NULL
);
CREATE INDEX decision_file_decision ON decision_file (decision_id);
