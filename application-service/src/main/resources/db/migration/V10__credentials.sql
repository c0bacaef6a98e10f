-- Credentials issued on approval, their status history, renewals and expiry reminders.
-- Uniqueness and single-use rules live here (unique keys, partial unique index), so any number of instances
-- may issue, renew and run the expiry job at once.

-- The running part of the human number MC-<code>-<year>-<nnnnnn>; gaps (a rolled-back issue) are harmless.
CREATE SEQUENCE credential_number_seq;
-- Each credential's place in the status lists: list n holds places n*size .. (n+1)*size-1.
CREATE SEQUENCE credential_status_index_seq MINVALUE 0 START 0;

CREATE TABLE credential (
    id                     uuid          PRIMARY KEY,
    number                 varchar(40)   NOT NULL,
    application_id         uuid          NOT NULL REFERENCES application (id),
    applicant_id           uuid          NOT NULL REFERENCES applicant (id),
    holder_subject         varchar(255)  NOT NULL,
    -- The name as it stood at issue: the credential says who it was awarded to.
    holder_name            varchar(200)  NOT NULL,
    programme              varchar(30)   NOT NULL,
    awarded_programme      varchar(30)   NOT NULL,
    level                  smallint,
    issued_at              timestamptz   NOT NULL,
    -- Start of the current validity period (issue, then each renewal's previous expiry): renewal evidence counts from here.
    period_start           timestamptz   NOT NULL,
    expires_at             timestamptz,
    status                 varchar(20)   NOT NULL
        CHECK (status IN ('ACTIVE', 'SUSPENDED', 'REVOKED', 'EXPIRED')),
    status_reason          varchar(1000),
    status_changed_at      timestamptz,
    permanent              boolean       NOT NULL DEFAULT false,
    permanent_since        timestamptz,
    permanent_requested_at timestamptz,
    registry_listed        boolean       NOT NULL DEFAULT false,
    status_list_index      integer       NOT NULL CHECK (status_list_index >= 0),
    version                bigint        NOT NULL,
    updated_at             timestamptz   NOT NULL,
    CONSTRAINT credential_number_unique UNIQUE (number),
    -- One credential per application: issuing twice (a redelivered approval) finds the first.
    CONSTRAINT credential_application_unique UNIQUE (application_id),
    CONSTRAINT credential_status_list_index_unique UNIQUE (status_list_index),
    -- A permanent credential never expires; any other one does.
    CONSTRAINT credential_expiry_unless_permanent CHECK (permanent = (expires_at IS NULL))
);
CREATE INDEX credential_holder ON credential (holder_subject, issued_at);
CREATE INDEX credential_applicant ON credential (applicant_id);
CREATE INDEX credential_expiring ON credential (expires_at) WHERE status = 'ACTIVE' AND NOT permanent;
CREATE INDEX credential_registry ON credential (holder_name, number) WHERE registry_listed AND status = 'ACTIVE';
CREATE INDEX credential_status_list ON credential (status_list_index) WHERE status IN ('SUSPENDED', 'REVOKED');

-- Every status change of a credential: who, when, why.
CREATE TABLE credential_history (
    id             bigserial     PRIMARY KEY,
    credential_id  uuid          NOT NULL REFERENCES credential (id),
    at             timestamptz   NOT NULL,
    actor          varchar(255)  NOT NULL,
    actor_role     varchar(20)   NOT NULL,
    action         varchar(30)   NOT NULL,
    from_status    varchar(20),
    to_status      varchar(20)   NOT NULL,
    reason         varchar(1000)
);
CREATE INDEX credential_history_credential ON credential_history (credential_id, id);

-- A holder's renewal: the PDUs and supervision sessions reported, and the reviewer's decision.
CREATE TABLE credential_renewal (
    id                   uuid          PRIMARY KEY,
    credential_id        uuid          NOT NULL REFERENCES credential (id),
    status               varchar(20)   NOT NULL CHECK (status IN ('SUBMITTED', 'APPROVED', 'REJECTED')),
    period_start         timestamptz   NOT NULL,
    period_end           timestamptz   NOT NULL,
    total_pdus           numeric(8, 2) NOT NULL,
    activities           jsonb         NOT NULL,
    supervision_sessions jsonb         NOT NULL,
    statement            varchar(4000),
    submitted_at         timestamptz   NOT NULL,
    submitted_by         varchar(255)  NOT NULL,
    decided_at           timestamptz,
    decided_by           varchar(255),
    decision_reason      varchar(1000),
    previous_expires_at  timestamptz,
    new_expires_at       timestamptz,
    version              bigint        NOT NULL
);
-- At most one renewal waits for a decision per credential.
CREATE UNIQUE INDEX credential_renewal_one_open ON credential_renewal (credential_id) WHERE status = 'SUBMITTED';
CREATE INDEX credential_renewal_queue ON credential_renewal (submitted_at) WHERE status = 'SUBMITTED';
CREATE INDEX credential_renewal_credential ON credential_renewal (credential_id, submitted_at);

-- Each expiry reminder sent: once per credential, expiry date and threshold (a renewal's new expiry is reminded anew).
CREATE TABLE credential_expiry_reminder (
    credential_id  uuid          NOT NULL REFERENCES credential (id),
    expires_at     timestamptz   NOT NULL,
    days_before    integer       NOT NULL,
    sent_at        timestamptz   NOT NULL,
    PRIMARY KEY (credential_id, expires_at, days_before)
);
