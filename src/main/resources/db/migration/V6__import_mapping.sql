-- The column mapping a person last used for an import, so the next file from the same source needs no setup.
CREATE TABLE import_mapping (
    username VARCHAR(50)   NOT NULL,
    kind     VARCHAR(20)   NOT NULL,
    mapping  VARCHAR(4000) NOT NULL,
    PRIMARY KEY (username, kind)
);
