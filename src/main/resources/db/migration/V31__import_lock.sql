-- One row per kind of import, locked (SELECT ... FOR UPDATE) by the import that stores, so two imports of the same
-- rows (two people, two tabs, two app instances) run one after the other and the second skips what the first stored
-- (survey.SurveyImport.store). A separate row, not the branch's: a public survey submission holds survey_daily rows
-- and then takes the branch lock, so an import holding the branch lock while rebuilding survey_daily could deadlock
-- with it; no submission ever takes this lock.
CREATE TABLE import_lock (
    kind VARCHAR(20) NOT NULL PRIMARY KEY
);

INSERT INTO import_lock (kind) VALUES ('survey');
