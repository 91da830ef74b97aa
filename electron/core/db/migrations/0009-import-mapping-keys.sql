-- Remembered import mappings were keyed by the whole folded header; a one-line CSV of many
-- megabytes made a key of that size (issue 14 §8: a 19.8 MB file grew the database by 40 MB).
-- New keys are a SHA-256 digest of the header (electron/core/imports/members/mapping.ts); short
-- legacy keys are still read and replaced on the next import, long ones are dropped here.
DELETE FROM setting WHERE key LIKE 'import.members.mapping:%' AND length(key) > 1024;
