-- application-service: applicants, their applications and evidence, partner training providers.
-- Concurrency rules live here (unique keys, partial unique index, version columns), so any number
-- of instances may serve the API at once.

-- Each version of the programme catalogue (which sections a programme requires) as it was loaded;
-- a version's content never changes once stored (the service refuses to start otherwise).
CREATE TABLE programme_catalogue (
    version    varchar(40)  PRIMARY KEY,
    checksum   char(64)     NOT NULL,
    content    jsonb        NOT NULL,
    loaded_at  timestamptz  NOT NULL DEFAULT now()
);

CREATE TABLE applicant (
    id                 uuid          PRIMARY KEY,
    subject            varchar(255)  NOT NULL,
    name               varchar(200)  NOT NULL,
    email              varchar(320)  NOT NULL,
    preferred_language varchar(35)   NOT NULL,
    country            char(2)       NOT NULL,
    city               varchar(120)  NOT NULL,
    latitude           double precision NOT NULL CHECK (latitude BETWEEN -90 AND 90),
    longitude          double precision NOT NULL CHECK (longitude BETWEEN -180 AND 180),
    highest_education  varchar(20)   NOT NULL,
    member             boolean       NOT NULL,
    member_since       date,
    version            bigint        NOT NULL,
    created_at         timestamptz   NOT NULL,
    updated_at         timestamptz   NOT NULL,
    CONSTRAINT applicant_subject_unique UNIQUE (subject)
);
-- Partner completion records find their learner by e-mail, case-insensitively.
CREATE INDEX applicant_email_lower ON applicant (lower(email));

CREATE TABLE training_provider (
    id                 uuid          PRIMARY KEY,
    name               varchar(200)  NOT NULL,
    type               varchar(20)   NOT NULL,
    address            varchar(500),
    city               varchar(120)  NOT NULL,
    country            char(2)       NOT NULL,
    latitude           double precision NOT NULL CHECK (latitude BETWEEN -90 AND 90),
    longitude          double precision NOT NULL CHECK (longitude BETWEEN -180 AND 180),
    contact_name       varchar(200),
    contact_email      varchar(320)  NOT NULL,
    contact_phone      varchar(40),
    preferred_language varchar(35),
    active             boolean       NOT NULL,
    version            bigint        NOT NULL,
    created_at         timestamptz   NOT NULL,
    updated_at         timestamptz   NOT NULL
);
CREATE INDEX training_provider_active_type ON training_provider (type) WHERE active;

CREATE TABLE partner_api_key (
    id             uuid          PRIMARY KEY,
    provider_id    uuid          NOT NULL REFERENCES training_provider (id),
    -- The public part of the key (mcpk_<key_id>_<secret>): finds the row without revealing the secret.
    key_id         char(8)       NOT NULL,
    secret_sha256  bytea         NOT NULL,
    label          varchar(100),
    created_at     timestamptz   NOT NULL,
    created_by     varchar(255)  NOT NULL,
    revoked_at     timestamptz,
    revoked_by     varchar(255),
    last_used_at   timestamptz,
    CONSTRAINT partner_api_key_key_id_unique UNIQUE (key_id)
);
CREATE INDEX partner_api_key_provider ON partner_api_key (provider_id);

-- A partner's completion record; re-sending the same provider_record_id updates it (upsert on the key).
CREATE TABLE completion_record (
    id                 uuid          PRIMARY KEY,
    provider_id        uuid          NOT NULL REFERENCES training_provider (id),
    provider_record_id varchar(100)  NOT NULL,
    learner_email      varchar(320)  NOT NULL,
    learner_name       varchar(200)  NOT NULL,
    course_name        varchar(300)  NOT NULL,
    level              varchar(2),
    hours              numeric(7, 2) NOT NULL CHECK (hours >= 0),
    in_person_days     numeric(5, 1) NOT NULL CHECK (in_person_days >= 0),
    mode               varchar(10)   NOT NULL,
    start_date         date          NOT NULL,
    end_date           date          NOT NULL,
    instructor_name    varchar(200)  NOT NULL,
    instructor_email   varchar(320),
    received_at        timestamptz   NOT NULL,
    updated_at         timestamptz   NOT NULL,
    CONSTRAINT completion_record_provider_record_unique UNIQUE (provider_id, provider_record_id),
    CONSTRAINT completion_record_dates CHECK (end_date >= start_date)
);
CREATE INDEX completion_record_learner_email ON completion_record (lower(learner_email));

CREATE TABLE application (
    id                           uuid          PRIMARY KEY,
    applicant_id                 uuid          NOT NULL REFERENCES applicant (id),
    programme                    varchar(30)   NOT NULL,
    status                       varchar(30)   NOT NULL,
    version                      bigint        NOT NULL,
    created_at                   timestamptz   NOT NULL,
    updated_at                   timestamptz   NOT NULL,
    submitted_at                 timestamptz,
    -- Which programme catalogue version judged it complete, and the evidence exactly as it was submitted.
    catalogue_version            varchar(40),
    submitted_evidence           jsonb,

    supervisor_name              varchar(200),
    supervisor_email             varchar(320),
    supervisor_postal_address    varchar(500),
    supervision_focus            varchar(20),

    education_level              varchar(20),
    education_institution        varchar(200),
    education_qualification      varchar(200),
    education_awarded_on         date,
    education_document_id        uuid,

    experience_senior_management_years   numeric(4, 1),
    experience_head_of_institution       boolean,
    experience_institution_size          integer,
    experience_mentoring_coaching_years  numeric(4, 1),
    experience_case_record_document_ids  uuid[],

    ethics_accepted_at           timestamptz,
    ethics_code_version          varchar(40),

    contribution_statement       text,
    contribution_document_ids    uuid[],

    -- Fast track only: NOT_REQUIRED, PENDING (no active QTSP yet) or ASSIGNED.
    provider_assignment          varchar(20)   NOT NULL,
    assigned_provider_id         uuid          REFERENCES training_provider (id),
    assigned_distance_km         numeric(8, 1),
    provider_assigned_at         timestamptz
);
-- One open application per applicant and programme. The closed statuses are ApplicationStatus#isClosed;
-- a test compares this predicate with the enum.
CREATE UNIQUE INDEX application_one_open_per_programme ON application (applicant_id, programme)
    WHERE status NOT IN ('APPROVED', 'REJECTED', 'INELIGIBLE', 'WITHDRAWN');
CREATE INDEX application_status_programme ON application (status, programme, created_at);
CREATE INDEX application_applicant ON application (applicant_id, created_at);
CREATE INDEX application_pending_assignment ON application (created_at) WHERE provider_assignment = 'PENDING';

CREATE TABLE application_timeline (
    id              bigserial     PRIMARY KEY,
    application_id  uuid          NOT NULL REFERENCES application (id),
    at              timestamptz   NOT NULL,
    actor           varchar(255)  NOT NULL,
    actor_role      varchar(30)   NOT NULL,
    from_status     varchar(30),
    to_status       varchar(30)   NOT NULL,
    reason          varchar(1000)
);
CREATE INDEX application_timeline_application ON application_timeline (application_id, id);

CREATE TABLE document (
    id              uuid          PRIMARY KEY,
    application_id  uuid          NOT NULL REFERENCES application (id),
    filename        varchar(255)  NOT NULL,
    content_type    varchar(50)   NOT NULL,
    size_bytes      bigint        NOT NULL,
    sha256          char(64)      NOT NULL,
    content         bytea         NOT NULL,
    uploaded_at     timestamptz   NOT NULL,
    uploaded_by     varchar(255)  NOT NULL
);
CREATE INDEX document_application ON document (application_id, uploaded_at);

CREATE TABLE training (
    id               uuid          PRIMARY KEY,
    application_id   uuid          NOT NULL REFERENCES application (id),
    centre_name      varchar(200)  NOT NULL,
    centre_type      varchar(20)   NOT NULL,
    programme_name   varchar(300)  NOT NULL,
    level            varchar(2),
    hours            numeric(7, 2) NOT NULL,
    in_person_days   numeric(5, 1) NOT NULL,
    mode             varchar(10)   NOT NULL,
    start_date       date          NOT NULL,
    end_date         date          NOT NULL,
    instructor_name  varchar(200)  NOT NULL,
    instructor_email varchar(320),
    evidence_kind    varchar(20)   NOT NULL,
    document_id      uuid          NOT NULL REFERENCES document (id),
    created_at       timestamptz   NOT NULL
);
CREATE INDEX training_application ON training (application_id, created_at);

CREATE TABLE engagement (
    id                       uuid          PRIMARY KEY,
    application_id           uuid          NOT NULL REFERENCES application (id),
    mentee_name              varchar(200)  NOT NULL,
    mentee_email             varchar(320),
    kind                     varchar(10)   NOT NULL,
    start_date               date          NOT NULL,
    end_date                 date,
    hours                    numeric(7, 2) NOT NULL,
    completed                boolean       NOT NULL,
    created_at               timestamptz   NOT NULL,
    -- The engagement's reference, if any (all reference_* columns are null without one).
    reference_id             uuid,
    reference_kind           varchar(10),
    referee_name             varchar(200),
    referee_email            varchar(320),
    referee_role             varchar(40),
    reference_document_id    uuid          REFERENCES document (id),
    reference_consent        boolean,
    reference_confidential   boolean
);
CREATE INDEX engagement_application ON engagement (application_id, created_at);

CREATE TABLE credential_held (
    id               uuid          PRIMARY KEY,
    application_id   uuid          NOT NULL REFERENCES application (id),
    body             varchar(100)  NOT NULL,
    credential       varchar(200)  NOT NULL,
    international_body boolean     NOT NULL,
    awarded_on       date          NOT NULL,
    document_id      uuid          REFERENCES document (id),
    created_at       timestamptz   NOT NULL
);
CREATE INDEX credential_held_application ON credential_held (application_id, created_at);

ALTER TABLE application ADD CONSTRAINT application_education_document
    FOREIGN KEY (education_document_id) REFERENCES document (id);
