-- Issue 8 §4. The CA certificates the office trusts for digital signatures: public certificates
-- only (the app never holds a CA's private key). Added or removed by the office, audited.
CREATE TABLE trusted_ca (
  id            TEXT PRIMARY KEY,
  sha256        TEXT NOT NULL UNIQUE,            -- of the DER: the same certificate is added once
  common_name   TEXT NOT NULL,
  subject       TEXT NOT NULL,
  serial_number TEXT NOT NULL,
  not_before    TEXT NOT NULL,                   -- ISO timestamps
  not_after     TEXT NOT NULL,
  der           BLOB NOT NULL,                   -- exactly as issued
  source        TEXT NOT NULL CHECK (source IN ('bundled', 'office')),
  added_at      TEXT NOT NULL
);

-- The PDF of a decision exactly as issued. A PDF signed elsewhere is checked against it (its first
-- revision must have this hash), never against a fresh rendering: a font or library update must
-- not make an old decision unimportable. Export of an issued decision returns these bytes.
CREATE TABLE decision_issued_pdf (
  decision_id TEXT PRIMARY KEY REFERENCES decision(id),
  sha256      TEXT NOT NULL,
  byte_length INTEGER NOT NULL,
  bytes       BLOB NOT NULL,
  created_at  TEXT NOT NULL
);
