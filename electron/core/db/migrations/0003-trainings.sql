-- Training sessions (tập huấn, bồi dưỡng), who was invited and who attended.
-- Attendance is also payment evidence (per-day allowances), so marks keep who set them and when,
-- and a session with marks can be cancelled but never deleted.

-- Topics the officer picks from; seeded with the national programme's topics, extendable.
CREATE TABLE training_topic (
  id          TEXT PRIMARY KEY,
  name        TEXT NOT NULL,
  name_folded TEXT NOT NULL,                  -- duplicate check ("VNeID" typed twice)
  basic_skill INTEGER NOT NULL DEFAULT 0 CHECK (basic_skill IN (0, 1)), -- one of the 5 basic digital skills
  builtin     INTEGER NOT NULL DEFAULT 0 CHECK (builtin IN (0, 1)),
  sort_order  INTEGER NOT NULL DEFAULT 1000,
  created_at  TEXT NOT NULL
);
CREATE UNIQUE INDEX training_topic_name ON training_topic (name_folded);

-- Built-in topics have fixed ids, so catalogues of merged communes agree on them.
INSERT INTO training_topic (id, name, name_folded, basic_skill, builtin, sort_order, created_at) VALUES
  ('ky-nang-dich-vu-cong',   'Sử dụng dịch vụ công trực tuyến',           'su dung dich vu cong truc tuyen', 1, 1, 10, '2026-01-01T00:00:00.000Z'),
  ('ky-nang-mua-sam',        'Mua sắm trực tuyến',                        'mua sam truc tuyen', 1, 1, 20, '2026-01-01T00:00:00.000Z'),
  ('ky-nang-thanh-toan',     'Thanh toán trực tuyến',                     'thanh toan truc tuyen', 1, 1, 30, '2026-01-01T00:00:00.000Z'),
  ('ky-nang-tu-bao-ve',      'Tự bảo vệ trên môi trường số',              'tu bao ve tren moi truong so', 1, 1, 40, '2026-01-01T00:00:00.000Z'),
  ('ky-nang-nen-tang-so',    'Sử dụng nền tảng số của địa phương',        'su dung nen tang so cua dia phuong', 1, 1, 50, '2026-01-01T00:00:00.000Z'),
  ('vneid',                  'Định danh điện tử VNeID',                   'dinh danh dien tu vneid', 0, 1, 60, '2026-01-01T00:00:00.000Z'),
  ('khong-dung-tien-mat',    'Thanh toán không dùng tiền mặt',            'thanh toan khong dung tien mat', 0, 1, 70, '2026-01-01T00:00:00.000Z'),
  ('thuong-mai-dien-tu',     'Thương mại điện tử, gian hàng số',          'thuong mai dien tu, gian hang so', 0, 1, 80, '2026-01-01T00:00:00.000Z'),
  ('an-toan-thong-tin',      'An toàn thông tin trên mạng',               'an toan thong tin tren mang', 0, 1, 90, '2026-01-01T00:00:00.000Z'),
  ('binh-dan-hoc-vu-so',     'Bình dân học vụ số',                        'binh dan hoc vu so', 0, 1, 100, '2026-01-01T00:00:00.000Z');

CREATE TABLE training_session (
  id             TEXT PRIMARY KEY,
  title          TEXT NOT NULL,
  date           TEXT NOT NULL,               -- ISO yyyy-mm-dd
  start_time     TEXT,                        -- HH:MM
  end_time       TEXT,
  place          TEXT,                        -- hall, or the meeting link when online
  format         TEXT NOT NULL CHECK (format IN ('in_person', 'online')),
  organiser_kind TEXT NOT NULL CHECK (organiser_kind IN ('commune', 'province', 'telecom', 'mass_org', 'other')),
  organiser_name TEXT,
  audience       TEXT,                        -- "Thành phần": free text for the sheet
  note           TEXT,
  status         TEXT NOT NULL DEFAULT 'planned' CHECK (status IN ('planned', 'held', 'cancelled')),
  version        INTEGER NOT NULL DEFAULT 1,
  created_at     TEXT NOT NULL,
  updated_at     TEXT NOT NULL,
  CHECK (start_time IS NULL OR end_time IS NULL OR end_time > start_time)
);
CREATE INDEX training_session_date ON training_session (date);

CREATE TABLE training_session_topic (
  session_id TEXT NOT NULL REFERENCES training_session(id) ON DELETE CASCADE,
  topic_id   TEXT NOT NULL REFERENCES training_topic(id),
  PRIMARY KEY (session_id, topic_id)
);

-- A trainer is a person of the register (a member) or an outside name (province staff, telecom).
CREATE TABLE training_trainer (
  session_id   TEXT NOT NULL REFERENCES training_session(id) ON DELETE CASCADE,
  ordinal      INTEGER NOT NULL,
  person_id    TEXT REFERENCES person(id),
  name         TEXT,
  organisation TEXT,
  PRIMARY KEY (session_id, ordinal),
  CHECK ((person_id IS NULL) <> (name IS NULL))
);

-- One row per person on the list. Walk-ins (not in the register) carry their own name and
-- village and never become a person or a team member. The mark lives on the row: marking is
-- one UPDATE, and "unmarked" is simply attendance IS NULL.
CREATE TABLE training_invitee (
  id              TEXT PRIMARY KEY,
  session_id      TEXT NOT NULL REFERENCES training_session(id) ON DELETE CASCADE,
  person_id       TEXT REFERENCES person(id),
  walk_in_name    TEXT,
  walk_in_village_id TEXT REFERENCES village(id),
  walk_in_place   TEXT,                       -- village typed freely (e.g. a neighbouring commune)
  source          TEXT NOT NULL CHECK (source IN ('team', 'village', 'individual', 'walk_in')),
  source_id       TEXT,                       -- the team or village that brought the person in
  invited_at      TEXT NOT NULL,
  attendance      TEXT CHECK (attendance IN ('present', 'late', 'excused', 'absent')),
  attendance_note TEXT,
  marked_at       TEXT,
  marked_by       TEXT,
  version         INTEGER NOT NULL DEFAULT 1,
  CHECK ((person_id IS NULL) <> (walk_in_name IS NULL)),
  CHECK ((person_id IS NULL) = (source = 'walk_in')),
  CHECK ((attendance IS NULL) = (marked_at IS NULL))
);
-- A person invited twice (by team and by village) stays on the list once.
CREATE UNIQUE INDEX training_invitee_person ON training_invitee (session_id, person_id) WHERE person_id IS NOT NULL;
CREATE INDEX training_invitee_session ON training_invitee (session_id);
CREATE INDEX training_invitee_history ON training_invitee (person_id, attendance) WHERE person_id IS NOT NULL;
