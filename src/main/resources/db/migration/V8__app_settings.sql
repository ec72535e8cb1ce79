-- Settings people change without a developer: complaint time limits, the IKM weight convention. Absent keys fall
-- back to the defaults in application.properties.
CREATE TABLE app_setting (
    setting_key   VARCHAR(60)  NOT NULL PRIMARY KEY,
    setting_value VARCHAR(200) NOT NULL
);
