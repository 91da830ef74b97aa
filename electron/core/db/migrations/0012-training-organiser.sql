-- A training organised by another unit (a telecom company, a province department) together with
-- the commune: the sign-in sheet then names both issuing bodies (issue 8 §5, Nghị định 30/2020).
-- 0 = the organiser alone (organiser_kind/organiser_name), 1 = co-organised with the UBND xã.
ALTER TABLE training_session ADD COLUMN co_organised INTEGER NOT NULL DEFAULT 0 CHECK (co_organised IN (0, 1));
