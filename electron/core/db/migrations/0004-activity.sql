-- Activity results of the teams, targets, and the register of upward reports.
-- Periods are stored by code ("2026-07", "2026-Q3", "2026-H2", "2026") together with their
-- first and last day (15th to 14th, shared/reports/periods.ts), so a quarter's report sums the
-- months inside it with a plain range query.

-- What the province counts; seeded with DOMAIN.md §4, the officer may add more.
CREATE TABLE activity_indicator (
  id          TEXT PRIMARY KEY,
  name        TEXT NOT NULL,
  name_folded TEXT NOT NULL,                  -- duplicate check
  unit        TEXT NOT NULL,                  -- "người", "hộ", "hồ sơ" …
  sort_order  INTEGER NOT NULL DEFAULT 1000,
  builtin     INTEGER NOT NULL DEFAULT 0 CHECK (builtin IN (0, 1)),
  active      INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)), -- retired ones keep their history
  version     INTEGER NOT NULL DEFAULT 1,
  created_at  TEXT NOT NULL,
  updated_at  TEXT NOT NULL
);
CREATE UNIQUE INDEX activity_indicator_name ON activity_indicator (name_folded);

-- Built-in indicators have fixed ids, so merged communes' catalogues agree on them.
INSERT INTO activity_indicator (id, name, name_folded, unit, sort_order, builtin, created_at, updated_at) VALUES
  ('nguoi-dan-duoc-huong-dan', 'Lượt người dân được hướng dẫn, hỗ trợ kỹ năng số', 'luot nguoi dan duoc huong dan, ho tro ky nang so', 'lượt người', 10, 1, '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z'),
  ('ho-thanh-thao-5-ky-nang', 'Hộ gia đình có người thành thạo 5 kỹ năng số cơ bản', 'ho gia dinh co nguoi thanh thao 5 ky nang so co ban', 'hộ', 20, 1, '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z'),
  ('vneid-kich-hoat', 'Tài khoản định danh điện tử VNeID được hỗ trợ kích hoạt', 'tai khoan dinh danh dien tu vneid duoc ho tro kich hoat', 'tài khoản', 30, 1, '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z'),
  ('ho-so-dvctt', 'Hồ sơ dịch vụ công trực tuyến được hỗ trợ nộp', 'ho so dich vu cong truc tuyen duoc ho tro nop', 'hồ sơ', 40, 1, '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z'),
  ('gian-hang-so', 'Gian hàng số trên sàn thương mại điện tử được mở', 'gian hang so tren san thuong mai dien tu duoc mo', 'gian hàng', 50, 1, '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z'),
  ('tai-khoan-thanh-toan', 'Tài khoản thanh toán không dùng tiền mặt được mở', 'tai khoan thanh toan khong dung tien mat duoc mo', 'tài khoản', 60, 1, '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z');

-- One grid row: what one team did in one period. Saved whole (all its values in one
-- transaction) under an optimistic version. A team reports either by month or by a longer
-- period, never both for the same days (the handlers refuse overlaps), so sums never double.
CREATE TABLE activity_report (
  id          TEXT PRIMARY KEY,
  team_id     TEXT NOT NULL REFERENCES team(id),
  period      TEXT NOT NULL,
  period_from TEXT NOT NULL,
  period_to   TEXT NOT NULL,
  note        TEXT,
  version     INTEGER NOT NULL DEFAULT 1,
  created_at  TEXT NOT NULL,
  updated_at  TEXT NOT NULL,
  UNIQUE (team_id, period)
);
CREATE INDEX activity_report_range ON activity_report (period_from, period_to);

CREATE TABLE activity_value (
  report_id    TEXT NOT NULL REFERENCES activity_report(id) ON DELETE CASCADE,
  indicator_id TEXT NOT NULL REFERENCES activity_indicator(id),
  value        INTEGER NOT NULL CHECK (value >= 0),
  PRIMARY KEY (report_id, indicator_id)
);

-- Commune-wide targets (kế hoạch, chỉ tiêu) for a period, saved as one set per period.
CREATE TABLE activity_target_set (
  period      TEXT PRIMARY KEY,
  period_from TEXT NOT NULL,
  period_to   TEXT NOT NULL,
  version     INTEGER NOT NULL DEFAULT 1,
  updated_at  TEXT NOT NULL
);

CREATE TABLE activity_target (
  period       TEXT NOT NULL REFERENCES activity_target_set(period) ON DELETE CASCADE,
  indicator_id TEXT NOT NULL REFERENCES activity_indicator(id),
  value        INTEGER NOT NULL CHECK (value >= 0),
  PRIMARY KEY (period, indicator_id)
);

-- Every upward report built ("Số: 12/BC-UBND"): what was sent, when, by whom. The workbook
-- itself is not kept (it can be large); its hash identifies the copy that was sent.
CREATE TABLE upward_report (
  id          TEXT PRIMARY KEY,
  period      TEXT NOT NULL,
  period_kind TEXT NOT NULL CHECK (period_kind IN ('month', 'quarter', 'half', 'year')),
  year        INTEGER NOT NULL,               -- numbering restarts each year (of the report date)
  number      INTEGER CHECK (number > 0),
  symbol      TEXT NOT NULL DEFAULT 'BC-UBND',
  date        TEXT NOT NULL,                  -- report date, ISO
  layout_id   TEXT NOT NULL,
  file_name   TEXT NOT NULL,
  sha256      TEXT NOT NULL,
  size        INTEGER NOT NULL,
  totals      TEXT NOT NULL,                  -- JSON: the headline numbers as reported
  built_by    TEXT NOT NULL,
  built_at    TEXT NOT NULL
);
-- A number belongs to one period: rebuilding the same report may reuse it (checked in code).
CREATE INDEX upward_report_number ON upward_report (year, symbol, number) WHERE number IS NOT NULL;
CREATE INDEX upward_report_period ON upward_report (period);

-- The report lists each team's members as they were on the period's last day, so it reads
-- memberships by team whatever their end date (membership_team covers current seats only).
CREATE INDEX membership_team_history ON membership (team_id, start_date);
