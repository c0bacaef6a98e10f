-- Rule sets per programme: immutable versions, each in effect from its date until the next version's.
CREATE TABLE rule_set (
    programme      varchar(40)  NOT NULL,
    version        integer      NOT NULL CHECK (version >= 1),
    effective_from date         NOT NULL,
    -- The normalised rule-set document (what the API publishes) and its SHA-256, to tell "the same version
    -- loaded again" (a no-op) from "a changed body under an existing version" (an error).
    document       jsonb        NOT NULL,
    checksum       char(64)     NOT NULL,
    origin         varchar(10)  NOT NULL CHECK (origin IN ('RESOURCE', 'API')),
    published_by   varchar(255),
    published_at   timestamptz  NOT NULL DEFAULT now(),
    PRIMARY KEY (programme, version),
    -- One version per date, so "the version in effect on a date" is never ambiguous.
    CONSTRAINT rule_set_one_per_date UNIQUE (programme, effective_from)
);

-- Decisions record the version they used; changing a stored version would rewrite their basis.
CREATE FUNCTION rule_set_is_immutable() RETURNS trigger AS $$
BEGIN
    RAISE EXCEPTION 'rule_set versions are immutable: publish a new version instead';
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER rule_set_no_changes BEFORE UPDATE OR DELETE ON rule_set
    FOR EACH ROW EXECUTE FUNCTION rule_set_is_immutable();

-- One decision per submission of an application (an ApplicationSubmitted with a later submittedAt is a
-- resubmission and gets its own decision; the newest is the application's current one).
CREATE TABLE decision (
    id                uuid         PRIMARY KEY,
    application_id    uuid         NOT NULL,
    applicant_id      uuid         NOT NULL,
    -- Token subject of the applicant: who may read the decision besides reviewers and admins.
    applicant_subject varchar(255) NOT NULL,
    programme         varchar(40)  NOT NULL,
    submitted_at      timestamptz  NOT NULL,
    eligible          boolean      NOT NULL,
    pending_review    boolean      NOT NULL,
    rule_set_version  integer      NOT NULL,
    decided_at        timestamptz  NOT NULL,
    source_event_id   varchar(100) NOT NULL,
    requirements      jsonb        NOT NULL,
    CONSTRAINT decision_one_per_submission UNIQUE (application_id, submitted_at),
    CONSTRAINT decision_rule_set FOREIGN KEY (programme, rule_set_version) REFERENCES rule_set (programme, version)
);
