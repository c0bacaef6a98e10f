-- The reviewer's desk (issue 8): an application's review, its reference checks and requests for information.

-- Created when an application enters UNDER_REVIEW. The target date comes from the slowest training centre type
-- among the application's trainings (DOMAIN.md: 4, 6 or 10 weeks), computed once at that moment.
CREATE TABLE application_review (
    application_id  uuid          PRIMARY KEY REFERENCES application (id),
    started_at      timestamptz   NOT NULL,
    target_date     date          NOT NULL,
    target_weeks    integer       NOT NULL,
    target_basis    varchar(30)   NOT NULL,
    assignee        varchar(255),
    assigned_at     timestamptz,
    decision        varchar(10),
    decision_reasons text[],
    decided_by      varchar(255),
    decided_at      timestamptz
);
CREATE INDEX application_review_open ON application_review (target_date, started_at) WHERE decision IS NULL;

-- One per reference of the submitted evidence. A referee who agreed to be contacted gets a single-use link:
-- only the SHA-256 of its token is stored. Others are checked by the reviewer by phone or e-mail.
CREATE TABLE reference_check (
    id                uuid          PRIMARY KEY,
    application_id    uuid          NOT NULL REFERENCES application (id),
    reference_id      uuid          NOT NULL,
    engagement_id     uuid          NOT NULL,
    referee_name      varchar(200)  NOT NULL,
    referee_email     varchar(320),
    referee_role      varchar(40)   NOT NULL,
    mentee_name       varchar(200)  NOT NULL,
    engagement_start  date          NOT NULL,
    engagement_end    date,
    engagement_hours  numeric(7, 2) NOT NULL,
    token_sha256      char(64),
    status            varchar(20)   NOT NULL,
    method            varchar(10),
    comment           varchar(2000),
    requested_at      timestamptz   NOT NULL,
    expires_at        timestamptz,
    responded_at      timestamptz,
    recorded_by       varchar(255),
    CONSTRAINT reference_check_token_unique UNIQUE (token_sha256),
    CONSTRAINT reference_check_one_per_reference UNIQUE (application_id, reference_id)
);

CREATE TABLE information_request (
    id              uuid          PRIMARY KEY,
    application_id  uuid          NOT NULL REFERENCES application (id),
    question        varchar(4000) NOT NULL,
    asked_by        varchar(255)  NOT NULL,
    asked_at        timestamptz   NOT NULL,
    answer          varchar(8000),
    answered_by     varchar(255),
    answered_at     timestamptz
);
CREATE INDEX information_request_application ON information_request (application_id, asked_at);
