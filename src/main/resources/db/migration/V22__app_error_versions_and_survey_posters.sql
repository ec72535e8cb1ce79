-- App error reports per day received, branch, channel, platform and app version, kept exact by ComplaintAggregates
-- beside complaint_daily (recomputed for the day and branch of every complaint that is created, edited or moves
-- status; rebuilt after bulk loads). The app-versions chart and the first sighting of each version (release marker,
-- and the new-version alert in AlertRules) read these rows instead of scanning every APP_ERROR complaint.
-- A report without a version or platform (older imports) is kept under '' so that the key has no NULL.
CREATE TABLE app_error_daily (
    received_date DATE        NOT NULL,
    branch_id     BIGINT      NOT NULL REFERENCES branch (id),
    channel       VARCHAR(16) NOT NULL,
    platform      VARCHAR(8)  NOT NULL,
    app_version   VARCHAR(20) NOT NULL,
    complaints    BIGINT      NOT NULL,
    PRIMARY KEY (received_date, branch_id, channel, platform, app_version)
);

CREATE INDEX app_error_daily_branch_version ON app_error_daily (branch_id, app_version, received_date);

insert into app_error_daily (received_date, branch_id, channel, platform, app_version, complaints) select cast(received_at as date), branch_id, channel, coalesce(platform, ''), coalesce(app_version, ''), count(*) from complaint where category = 'APP_ERROR' group by cast(received_at as date), branch_id, channel, coalesce(platform, ''), coalesce(app_version, '');

-- The first download of each branch's survey poster (QR code to its public survey): one step of a new
-- installation's set-up checklist (setup/SetupProgress) is ticked from these rows, not from a flag.
CREATE TABLE survey_poster (
    branch_id           BIGINT      NOT NULL PRIMARY KEY REFERENCES branch (id),
    first_downloaded_at TIMESTAMP   NOT NULL,
    downloaded_by       VARCHAR(64) NOT NULL
);
