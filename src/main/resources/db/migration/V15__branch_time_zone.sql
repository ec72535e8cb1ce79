-- Each branch works in its own Indonesian time zone (WIB, WITA, WIT; no daylight saving). The branch's stored wall
-- times (submitted_at, received_at, ...) are local times in this zone, whatever zone the server runs in.
ALTER TABLE branch ADD COLUMN time_zone VARCHAR(32) DEFAULT 'Asia/Jakarta' NOT NULL;
ALTER TABLE branch ADD CONSTRAINT ck_branch_time_zone
    CHECK (time_zone IN ('Asia/Jakarta', 'Asia/Makassar', 'Asia/Jayapura'));
