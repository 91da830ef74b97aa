-- The commune's register: profile, villages, teams, people, memberships, history, audit log.
-- Ids are UUIDv7 text; mutable rows carry version (optimistic concurrency) and timestamps.

CREATE TABLE commune (
  id              TEXT PRIMARY KEY,
  province        TEXT NOT NULL,
  name            TEXT NOT NULL,
  kind            TEXT NOT NULL CHECK (kind IN ('xa', 'phuong', 'dac_khu')),
  place_name      TEXT NOT NULL,
  chair_name      TEXT NOT NULL,
  vice_chairs     TEXT NOT NULL DEFAULT '[]',   -- JSON array of names
  rule_profile_id TEXT NOT NULL,
  custom_profile  TEXT,                         -- JSON RuleProfile when rule_profile_id = 'custom'
  note            TEXT,
  version         INTEGER NOT NULL DEFAULT 1,
  created_at      TEXT NOT NULL,
  updated_at      TEXT NOT NULL
);

CREATE TABLE village (
  id             TEXT PRIMARY KEY,
  name           TEXT NOT NULL,
  name_folded    TEXT NOT NULL,               -- for duplicate checks and search
  kind           TEXT NOT NULL CHECK (kind IN ('thon', 'ban', 'to_dan_pho', 'ap', 'khu_pho')),
  households     INTEGER CHECK (households >= 0),
  population     INTEGER CHECK (population >= 0),
  status         TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'merged', 'retired')),
  merged_into_id TEXT REFERENCES village(id),
  note           TEXT,
  version        INTEGER NOT NULL DEFAULT 1,
  created_at     TEXT NOT NULL,
  updated_at     TEXT NOT NULL
);
-- Two active villages of the same kind cannot share a name ("Thôn 1" typed twice).
CREATE UNIQUE INDEX village_active_name ON village (kind, name_folded) WHERE status = 'active';

CREATE TABLE team (
  id             TEXT PRIMARY KEY,
  name           TEXT NOT NULL,
  level          TEXT NOT NULL CHECK (level IN ('village', 'commune')),
  status         TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'established', 'dissolved')),
  zalo_url       TEXT,
  note           TEXT,
  established_on TEXT,
  dissolved_on   TEXT,
  version        INTEGER NOT NULL DEFAULT 1,
  created_at     TEXT NOT NULL,
  updated_at     TEXT NOT NULL
);

-- Two small tổ dân phố may share one team (HCM rule), so coverage is many-to-many.
CREATE TABLE team_village (
  team_id    TEXT NOT NULL REFERENCES team(id) ON DELETE CASCADE,
  village_id TEXT NOT NULL REFERENCES village(id),
  PRIMARY KEY (team_id, village_id)
);
CREATE INDEX team_village_village ON team_village (village_id);

CREATE TABLE person (
  id              TEXT PRIMARY KEY,
  full_name       TEXT NOT NULL,
  name_key        TEXT NOT NULL,              -- Vietnamese name order (given name first)
  search_text     TEXT NOT NULL,              -- folded name, phone, organisation
  gender          TEXT CHECK (gender IN ('nam', 'nu', 'khac')),
  birth_year      INTEGER,
  birth_date      TEXT,
  phone           TEXT,
  cccd            TEXT,
  organisation    TEXT,
  job_title       TEXT,
  background_role TEXT NOT NULL DEFAULT 'nguoi_dan',
  village_id      TEXT REFERENCES village(id),
  note            TEXT,
  version         INTEGER NOT NULL DEFAULT 1,
  created_at      TEXT NOT NULL,
  updated_at      TEXT NOT NULL
);
-- Covering index for search: the scan walks people in Vietnamese name order and tests the
-- folded text without touching the table, so the first page of a province returns in ms.
CREATE INDEX person_name_search ON person (name_key, search_text);
CREATE UNIQUE INDEX person_cccd ON person (cccd) WHERE cccd IS NOT NULL;
CREATE INDEX person_phone ON person (phone) WHERE phone IS NOT NULL;

-- History is kept: leaving a team or changing position ends a row and starts another.
CREATE TABLE membership (
  id         TEXT PRIMARY KEY,
  team_id    TEXT NOT NULL REFERENCES team(id),
  person_id  TEXT NOT NULL REFERENCES person(id),
  position   TEXT NOT NULL CHECK (position IN ('to_truong', 'to_pho', 'thanh_vien')),
  start_date TEXT NOT NULL,
  end_date   TEXT,
  end_reason TEXT,
  version    INTEGER NOT NULL DEFAULT 1,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  CHECK (end_date IS NULL OR end_date >= start_date)
);
CREATE INDEX membership_team ON membership (team_id) WHERE end_date IS NULL;
CREATE INDEX membership_person ON membership (person_id);
-- A person holds at most one current seat in a team.
CREATE UNIQUE INDEX membership_current ON membership (team_id, person_id) WHERE end_date IS NULL;

CREATE TABLE team_event (
  id      TEXT PRIMARY KEY,
  team_id TEXT NOT NULL REFERENCES team(id),
  at      TEXT NOT NULL,
  kind    TEXT NOT NULL,
  summary TEXT NOT NULL
);
CREATE INDEX team_event_team ON team_event (team_id, at);

CREATE TABLE audit_log (
  id        INTEGER PRIMARY KEY AUTOINCREMENT,
  at        TEXT NOT NULL,
  actor     TEXT NOT NULL,
  action    TEXT NOT NULL,                    -- operation name, e.g. 'teams.addMember'
  entity    TEXT NOT NULL,
  entity_id TEXT,
  before    TEXT,                             -- JSON
  after     TEXT                              -- JSON
);
CREATE INDEX audit_log_entity ON audit_log (entity, entity_id);
