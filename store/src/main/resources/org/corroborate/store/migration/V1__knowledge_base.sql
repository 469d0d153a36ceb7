-- The knowledge base, one schema for SQLite and PostgreSQL. ${id} is each dialect's auto-increment primary key.
-- Dates are ISO-8601 text (yyyy-mm-dd), so that both engines compare them the same way; booleans are 0/1.

CREATE TABLE article (
    id              ${id},
    content_hash    TEXT NOT NULL UNIQUE,
    article_key     TEXT NOT NULL,
    title           TEXT,
    outlet          TEXT,
    author          TEXT,
    url             TEXT,
    published       TEXT,
    language        TEXT,
    origin          TEXT NOT NULL,
    credited_agency TEXT,
    copy_of         BIGINT REFERENCES article (id),
    copy_similarity DOUBLE PRECISION,
    source_name     TEXT NOT NULL,
    independent_key TEXT NOT NULL,
    fingerprint     TEXT NOT NULL,
    body            TEXT NOT NULL,
    report_json     TEXT NOT NULL,
    ingested_at     TEXT NOT NULL
);
CREATE INDEX article_key_idx ON article (article_key);

CREATE TABLE article_band (
    band       TEXT NOT NULL,
    article_id BIGINT NOT NULL REFERENCES article (id),
    PRIMARY KEY (band, article_id)
);

CREATE TABLE evidence (
    id           ${id},
    article_id   BIGINT NOT NULL REFERENCES article (id),
    start_offset INTEGER NOT NULL,
    end_offset   INTEGER NOT NULL,
    quote        TEXT NOT NULL
);
CREATE INDEX evidence_article_idx ON evidence (article_id);

CREATE TABLE actor (
    id      ${id},
    name    TEXT NOT NULL UNIQUE,
    kind    TEXT NOT NULL,
    country TEXT
);

CREATE TABLE place (
    id          ${id},
    place_key   TEXT NOT NULL UNIQUE,
    name        TEXT NOT NULL,
    country     TEXT,
    admin1      TEXT,
    admin2      TEXT,
    lat         DOUBLE PRECISION,
    lon         DOUBLE PRECISION,
    geonames_id BIGINT,
    precision   TEXT NOT NULL
);

CREATE TABLE incident (
    id         ${id},
    type       TEXT NOT NULL,
    date_start TEXT,
    date_end   TEXT,
    place_id   BIGINT REFERENCES place (id),
    created_at TEXT NOT NULL
);
CREATE INDEX incident_date_idx ON incident (date_start, date_end);

CREATE TABLE incident_report (
    id             ${id},
    incident_id    BIGINT NOT NULL REFERENCES incident (id),
    article_id     BIGINT NOT NULL REFERENCES article (id),
    report_key     TEXT NOT NULL,
    type           TEXT NOT NULL,
    muc4_type      TEXT,
    stage          TEXT NOT NULL,
    status         TEXT NOT NULL,
    date_start     TEXT,
    date_end       TEXT,
    date_precision TEXT NOT NULL,
    date_text      TEXT,
    place_id       BIGINT REFERENCES place (id),
    suicide        INTEGER,
    merge_reason   TEXT,
    evidence_id    BIGINT NOT NULL REFERENCES evidence (id)
);
CREATE INDEX incident_report_incident_idx ON incident_report (incident_id);
CREATE INDEX incident_report_article_idx ON incident_report (article_id);
CREATE INDEX incident_report_date_idx ON incident_report (date_end, date_start);

-- Perpetrators, claimants, victims, physical targets and weapons of one report: role says which.
CREATE TABLE incident_party (
    id                 ${id},
    incident_report_id BIGINT NOT NULL REFERENCES incident_report (id),
    role               TEXT NOT NULL,
    text               TEXT NOT NULL,
    norm_text          TEXT NOT NULL,
    actor_id           BIGINT REFERENCES actor (id),
    kind               TEXT,
    code               TEXT,
    status             TEXT,
    named              INTEGER NOT NULL,
    source_name        TEXT,
    evidence_id        BIGINT NOT NULL REFERENCES evidence (id)
);
CREATE INDEX incident_party_report_idx ON incident_party (incident_report_id);
CREATE INDEX incident_party_name_idx ON incident_party (role, norm_text);

CREATE TABLE figure (
    id                 ${id},
    incident_report_id BIGINT NOT NULL REFERENCES incident_report (id),
    kind               TEXT NOT NULL,
    min_value          BIGINT NOT NULL,
    max_value          BIGINT,
    text               TEXT NOT NULL,
    status             TEXT NOT NULL,
    source_name        TEXT,
    source_kind        TEXT,
    evidence_id        BIGINT NOT NULL REFERENCES evidence (id)
);
CREATE INDEX figure_report_idx ON figure (incident_report_id);

CREATE TABLE statement (
    id              ${id},
    article_id      BIGINT NOT NULL REFERENCES article (id),
    status          TEXT NOT NULL,
    polarity        TEXT NOT NULL,
    source_name     TEXT,
    source_kind     TEXT,
    source_actor_id BIGINT REFERENCES actor (id),
    cue_evidence_id BIGINT REFERENCES evidence (id),
    evidence_id     BIGINT NOT NULL REFERENCES evidence (id)
);
CREATE INDEX statement_article_idx ON statement (article_id);

CREATE TABLE relation (
    id                ${id},
    article_id        BIGINT NOT NULL REFERENCES article (id),
    subject_actor_id  BIGINT NOT NULL REFERENCES actor (id),
    predicate         TEXT NOT NULL,
    object_actor_id   BIGINT NOT NULL REFERENCES actor (id),
    status            TEXT NOT NULL,
    polarity          TEXT NOT NULL,
    source_name       TEXT,
    source_kind       TEXT,
    date_start        TEXT,
    date_end          TEXT,
    evidence_id       BIGINT NOT NULL REFERENCES evidence (id)
);
CREATE INDEX relation_article_idx ON relation (article_id);
CREATE INDEX relation_subject_idx ON relation (subject_actor_id);
CREATE INDEX relation_object_idx ON relation (object_actor_id);
