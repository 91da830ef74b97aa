/**
 * The workspace's migrations, in TypeScript rather than .sql files read at run time: bundled
 * with the code, so the packaged desktop app (scripts/build-electron.mjs copies only the
 * register's migrations) needs no extra resource folder. Append; never edit a shipped one.
 */
export interface WorkspaceMigration { version: number; name: string; sql: string }

export const WORKSPACE_MIGRATIONS: WorkspaceMigration[] = [
  {
    version: 1,
    name: '0001-workspace',
    sql: `
-- The province's consolidation workspace (issue 13): its own file, never a commune's register.
-- Settings: the provincial body's name lines and the province, for the workbook's ND30 header.
CREATE TABLE workspace_setting (
  key   TEXT PRIMARY KEY,
  value TEXT NOT NULL
);

-- The province's communes, as the province names them ("xã Hòa Bình"); key = folded name.
CREATE TABLE province_commune (
  id         INTEGER PRIMARY KEY,
  title      TEXT NOT NULL,
  title_key  TEXT NOT NULL UNIQUE,
  created_at TEXT NOT NULL
);

-- One report file received. The data is the report's own hidden data (checked on arrival);
-- a newer submission of the same commune and period supersedes the older, which stays.
CREATE TABLE submission (
  id            INTEGER PRIMARY KEY,
  commune_id    TEXT NOT NULL,
  commune_key   TEXT NOT NULL,
  commune_title TEXT NOT NULL,
  period        TEXT NOT NULL,
  layout_id     TEXT NOT NULL,
  report_date   TEXT NOT NULL,
  created_at    TEXT NOT NULL,
  file_name     TEXT NOT NULL,
  sha256        TEXT NOT NULL UNIQUE,
  data          TEXT NOT NULL,
  added_at      TEXT NOT NULL,
  superseded_by INTEGER REFERENCES submission(id)
);
CREATE INDEX submission_by_period ON submission(period, commune_key) WHERE superseded_by IS NULL;
`,
  },
];
