-- Small remembered preferences, e.g. the last column mapping used to import a member list.
CREATE TABLE setting (
  key        TEXT PRIMARY KEY,
  value      TEXT NOT NULL,            -- JSON
  updated_at TEXT NOT NULL
);
