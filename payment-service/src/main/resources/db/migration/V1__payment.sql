-- payment-service: fee schedules, the projection of applications it invoices, invoices, payments,
-- refunds, idempotency keys, processed webhooks and the sandbox provider's own records.

-- --- Fee schedule: versioned data, loaded from src/main/resources/fees at start, never changed -----------
CREATE TABLE fee_schedule (
    version                      integer      PRIMARY KEY CHECK (version >= 1),
    effective_from               date         NOT NULL UNIQUE,
    currency                     char(3)      NOT NULL,
    -- NULL: permanent status is not sold at that price (non-members, per DOMAIN.md).
    permanent_upgrade_member     numeric(12, 2) CHECK (permanent_upgrade_member >= 0),
    permanent_upgrade_non_member numeric(12, 2) CHECK (permanent_upgrade_non_member >= 0),
    note                         text,
    -- SHA-256 of the version's content: a resource that differs from the stored version fails the start.
    fingerprint                  varchar(64)  NOT NULL,
    loaded_at                    timestamptz  NOT NULL DEFAULT now()
);

CREATE TABLE programme_fee (
    schedule_version         integer        NOT NULL REFERENCES fee_schedule (version),
    programme                varchar(40)    NOT NULL,
    programme_name           varchar(200)   NOT NULL,
    accreditation_member     numeric(12, 2) NOT NULL CHECK (accreditation_member >= 0),
    accreditation_non_member numeric(12, 2) NOT NULL CHECK (accreditation_non_member >= 0),
    -- NULL: the programme has no exam (IMC_CPM).
    exam_fee                 numeric(12, 2) CHECK (exam_fee >= 0),
    PRIMARY KEY (schedule_version, programme)
);

-- A published version is immutable: invoices refer to it. A new price is a new version.
CREATE FUNCTION reject_fee_schedule_change() RETURNS trigger AS $$
BEGIN
    RAISE EXCEPTION 'fee schedule versions are immutable; publish a new version instead';
END
$$ LANGUAGE plpgsql;

CREATE TRIGGER fee_schedule_immutable BEFORE UPDATE OR DELETE ON fee_schedule
    FOR EACH ROW EXECUTE FUNCTION reject_fee_schedule_change();
CREATE TRIGGER programme_fee_immutable BEFORE UPDATE OR DELETE ON programme_fee
    FOR EACH ROW EXECUTE FUNCTION reject_fee_schedule_change();

-- --- What this service knows of applications (from application-events and eligibility-events) -------
-- Columns are nullable: a withdrawal or decision may be all we know of an application for a while.
CREATE TABLE application_projection (
    application_id     uuid         PRIMARY KEY,
    applicant_id       uuid,
    applicant_subject  varchar(255),
    applicant_name     varchar(300),
    applicant_email    varchar(320),
    preferred_language varchar(35),
    programme          varchar(40),
    member             boolean,
    submitted_at       timestamptz,
    withdrawn_at       timestamptz,
    withdrawal_reason  text,
    updated_at         timestamptz  NOT NULL
);

-- The latest eligibility decision per application; kept so that a decision arriving before the
-- application's ApplicationSubmitted (another topic) still issues the invoice once both are known.
CREATE TABLE eligibility_decision (
    application_id uuid        PRIMARY KEY,
    decision_id    uuid        NOT NULL,
    applicant_id   uuid        NOT NULL,
    programme      varchar(40) NOT NULL,
    eligible       boolean     NOT NULL,
    pending_review boolean     NOT NULL,
    decided_at     timestamptz NOT NULL,
    received_at    timestamptz NOT NULL
);

CREATE TABLE permanent_status_request (
    credential_id     uuid         PRIMARY KEY,
    credential_number varchar(100) NOT NULL,
    application_id    uuid         NOT NULL,
    applicant_id      uuid         NOT NULL,
    member            boolean      NOT NULL,
    status            varchar(30)  NOT NULL CHECK (status IN ('AWAITING_APPLICATION', 'INVOICED', 'REJECTED')),
    reason            text,
    requested_at      timestamptz  NOT NULL,
    updated_at        timestamptz  NOT NULL
);

-- --- Invoices -------------------------------------------------------------------------------------
-- One row per year; issuing an invoice increments it in the invoice's own transaction, so a rollback
-- gives the number back (no gaps) and the row lock serialises numbering across instances.
CREATE TABLE invoice_number_counter (
    year       integer PRIMARY KEY,
    last_value integer NOT NULL CHECK (last_value >= 0)
);

CREATE TABLE invoice (
    id                   uuid           PRIMARY KEY,
    number               varchar(20)    NOT NULL UNIQUE,
    application_id       uuid           NOT NULL,
    applicant_id         uuid           NOT NULL,
    owner_subject        varchar(255)   NOT NULL,
    purpose              varchar(30)    NOT NULL CHECK (purpose IN ('ACCREDITATION', 'PERMANENT_UPGRADE')),
    programme            varchar(40)    NOT NULL,
    credential_number    varchar(100),
    member               boolean        NOT NULL,
    currency             char(3)        NOT NULL,
    total                numeric(12, 2) NOT NULL CHECK (total >= 0),
    fee_schedule_version integer        NOT NULL REFERENCES fee_schedule (version),
    status               varchar(20)    NOT NULL CHECK (status IN ('OPEN', 'PAID', 'VOID', 'REFUNDED')),
    issued_at            timestamptz    NOT NULL,
    due_date             date           NOT NULL,
    paid_at              timestamptz,
    voided_at            timestamptz,
    void_reason          text,
    refunded_at          timestamptz,
    version              bigint         NOT NULL DEFAULT 0,
    -- Exactly one invoice per application and purpose, however often the triggering event arrives.
    CONSTRAINT invoice_one_per_application_and_purpose UNIQUE (application_id, purpose)
);

CREATE INDEX invoice_owner ON invoice (owner_subject, issued_at DESC);
CREATE INDEX invoice_status ON invoice (status, issued_at DESC);

CREATE TABLE invoice_line (
    invoice_id  uuid           NOT NULL REFERENCES invoice (id),
    line_no     integer        NOT NULL,
    code        varchar(40)    NOT NULL,
    description varchar(300)   NOT NULL,
    amount      numeric(12, 2) NOT NULL,
    PRIMARY KEY (invoice_id, line_no)
);

-- --- Payments ---------------------------------------------------------------------------------------
CREATE TABLE payment (
    id                  uuid           PRIMARY KEY,
    invoice_id          uuid           NOT NULL REFERENCES invoice (id),
    payer_subject       varchar(255)   NOT NULL,
    provider            varchar(40)    NOT NULL,
    provider_payment_id varchar(100),
    amount              numeric(12, 2) NOT NULL CHECK (amount > 0),
    currency            char(3)        NOT NULL,
    status              varchar(20)    NOT NULL CHECK (status IN ('PENDING', 'SUCCEEDED', 'FAILED')),
    -- Never more of the card than this.
    card_brand          varchar(20),
    card_last4          char(4),
    failure_reason      text,
    decline_code        varchar(60),
    refunded_amount     numeric(12, 2) NOT NULL DEFAULT 0 CHECK (refunded_amount >= 0 AND refunded_amount <= amount),
    created_at          timestamptz    NOT NULL,
    completed_at        timestamptz,
    -- When the reconciler may next ask the provider about a PENDING payment.
    next_check_at       timestamptz,
    version             bigint         NOT NULL DEFAULT 0
);

-- The guard against paying an invoice twice: at most one live (pending or succeeded) payment per invoice,
-- whatever the number of instances or concurrent requests.
CREATE UNIQUE INDEX payment_one_live_per_invoice ON payment (invoice_id) WHERE status IN ('PENDING', 'SUCCEEDED');
CREATE UNIQUE INDEX payment_provider_reference ON payment (provider, provider_payment_id)
    WHERE provider_payment_id IS NOT NULL;
CREATE INDEX payment_by_invoice ON payment (invoice_id, created_at);
CREATE INDEX payment_pending ON payment (next_check_at) WHERE status = 'PENDING';

CREATE TABLE refund (
    id                 uuid           PRIMARY KEY,
    payment_id         uuid           NOT NULL REFERENCES payment (id),
    invoice_id         uuid           NOT NULL REFERENCES invoice (id),
    amount             numeric(12, 2) NOT NULL CHECK (amount > 0),
    currency           char(3)        NOT NULL,
    reason             text           NOT NULL,
    status             varchar(20)    NOT NULL CHECK (status IN ('PENDING', 'SUCCEEDED', 'FAILED')),
    requested_by       varchar(255)   NOT NULL,
    -- Issued by the service itself (withdrawal policy), not by a person.
    automatic          boolean        NOT NULL DEFAULT false,
    provider_refund_id varchar(100),
    failure_reason     text,
    created_at         timestamptz    NOT NULL,
    completed_at       timestamptz,
    -- When the refund job may (re)try a PENDING refund; a live request holds it off for a lease.
    next_attempt_at    timestamptz,
    attempts           integer        NOT NULL DEFAULT 0
);

CREATE INDEX refund_by_payment ON refund (payment_id, created_at);
CREATE INDEX refund_due ON refund (next_attempt_at) WHERE status = 'PENDING';
-- The withdrawal policy refunds a payment at most once, however often the withdrawal is delivered.
CREATE UNIQUE INDEX refund_one_automatic_per_payment ON refund (payment_id) WHERE automatic;

-- --- Idempotency keys (Stripe's rules), scoped per caller ------------------------------------------
CREATE TABLE idempotency_key (
    subject               varchar(255) NOT NULL,
    idem_key              varchar(255) NOT NULL,
    request_method        varchar(10)  NOT NULL,
    request_path          varchar(500) NOT NULL,
    -- Keyed hash (HMAC-SHA256) of the request: compares bodies without storing card data.
    fingerprint           varchar(64)  NOT NULL,
    status                varchar(20)  NOT NULL CHECK (status IN ('IN_FLIGHT', 'COMPLETED')),
    locked_until          timestamptz,
    -- The resource the first execution created, so a retry after a crash answers about it.
    resource_id           uuid,
    response_status       integer,
    response_content_type varchar(100),
    response_location     varchar(500),
    response_body         bytea,
    created_at            timestamptz  NOT NULL,
    completed_at          timestamptz,
    PRIMARY KEY (subject, idem_key)
);

CREATE INDEX idempotency_key_created ON idempotency_key (created_at);

-- --- Webhooks: each provider event is applied once ---------------------------------------------------
CREATE TABLE processed_webhook (
    provider    varchar(40)  NOT NULL,
    event_id    varchar(255) NOT NULL,
    event_type  varchar(100) NOT NULL,
    payment_id  uuid,
    received_at timestamptz  NOT NULL,
    PRIMARY KEY (provider, event_id)
);

-- --- The built-in sandbox provider's side (what a real provider keeps in its own systems) ------------
CREATE TABLE sandbox_charge (
    id                varchar(40)    PRIMARY KEY,
    -- The merchant's reference (our payment id): a charge is made once per reference.
    reference         varchar(100)   NOT NULL UNIQUE,
    invoice_reference varchar(100),
    amount            numeric(12, 2) NOT NULL,
    currency          char(3)        NOT NULL,
    card_brand        varchar(20)    NOT NULL,
    card_last4        char(4)        NOT NULL,
    status            varchar(30)    NOT NULL CHECK (status IN ('SUCCEEDED', 'DECLINED', 'REQUIRES_CONFIRMATION')),
    decline_code      varchar(60),
    reason            text,
    created_at        timestamptz    NOT NULL,
    completed_at      timestamptz
);

CREATE INDEX sandbox_charge_invoice ON sandbox_charge (invoice_reference);

CREATE TABLE sandbox_refund (
    id         varchar(40)    PRIMARY KEY,
    reference  varchar(100)   NOT NULL UNIQUE,
    charge_id  varchar(40)    NOT NULL REFERENCES sandbox_charge (id),
    amount     numeric(12, 2) NOT NULL,
    created_at timestamptz    NOT NULL
);
