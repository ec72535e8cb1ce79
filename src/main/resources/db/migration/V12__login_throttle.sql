-- Failed logins counted per user name and per client address (issue 12 §4). Kept in the database rather than in
-- memory so that every app instance on one PostgreSQL sees the same counts and locks, and a restart does not reset
-- them. Unknown user names are counted like known ones, so a lock says nothing about whether an account exists.
-- Times are instants (WITH TIME ZONE): instances in different JVM zones compare the same moment.
CREATE TABLE login_throttle (
    subject_kind  VARCHAR(10)              NOT NULL, -- USER (lower-cased user name) or ADDRESS (client IP)
    subject       VARCHAR(100)             NOT NULL,
    failures      INTEGER                  NOT NULL,
    last_failure  TIMESTAMP WITH TIME ZONE NOT NULL,
    locked_until  TIMESTAMP WITH TIME ZONE,
    PRIMARY KEY (subject_kind, subject)
);
