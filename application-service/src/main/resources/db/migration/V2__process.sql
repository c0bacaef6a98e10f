-- The journey's process (issue 8): what application-service remembers of the other services' events.
-- Every row here is written by an event handler in the inbox transaction of that event, under the
-- application's row lock, so several instances apply events one at a time per application.

-- The timeline also holds notes: events that change no status (a failed payment, a moved exam, a reference
-- answered, a question asked and answered). For a NOTE, to_status is the status the application was in.
ALTER TABLE application_timeline ADD COLUMN kind varchar(20) NOT NULL DEFAULT 'STATUS_CHANGE';
ALTER TABLE application_timeline ADD COLUMN event_type varchar(255);
ALTER TABLE application_timeline ALTER COLUMN reason TYPE varchar(4000);

-- Invoices payment-service announced for an application, whatever their purpose: the purpose tells later
-- PaymentFailed/RefundIssued events (which do not carry it) apart.
CREATE TABLE application_invoice (
    invoice_id      uuid          PRIMARY KEY,
    application_id  uuid          NOT NULL REFERENCES application (id),
    purpose         varchar(30)   NOT NULL,
    invoice_number  varchar(40)   NOT NULL,
    total           numeric(12, 2) NOT NULL,
    currency        char(3)       NOT NULL,
    due_date        date,
    payment_url     varchar(2000),
    issued_at       timestamptz   NOT NULL,
    paid_at         timestamptz
);
CREATE INDEX application_invoice_application ON application_invoice (application_id, issued_at);

-- An IPMA application's exam: its one authorisation (re-announced for each retake, same id, so exam-service
-- updates it), the attempts, the active booking and, after a failure, when the retake may be authorised.
CREATE TABLE application_exam (
    application_id       uuid          PRIMARY KEY REFERENCES application (id),
    authorization_id     uuid          NOT NULL UNIQUE,
    level                varchar(2)    NOT NULL,
    attempts_allowed     integer       NOT NULL CHECK (attempts_allowed >= 1),
    attempts_used        integer       NOT NULL CHECK (attempts_used >= 0),
    authorized_at        timestamptz   NOT NULL,
    booking_id           uuid,
    session_starts_at    timestamptz,
    centre_name          varchar(200),
    centre_city          varchar(120),
    retake_allowed_from  date,
    last_weighted_score  numeric(5, 2),
    last_pass_mark       numeric(5, 2)
);
CREATE INDEX application_exam_retake_due ON application_exam (retake_allowed_from) WHERE retake_allowed_from IS NOT NULL;

-- Events that did not fit the application's state (or named an unknown application): acknowledged, kept here
-- for an operator, counted in mentorcred_process_unexpected_events_total and logged.
CREATE TABLE unexpected_event (
    id                  bigserial     PRIMARY KEY,
    event_id            varchar(100)  NOT NULL,
    event_type          varchar(255)  NOT NULL,
    topic               varchar(249),
    application_id      uuid,
    application_status  varchar(30),
    reason              varchar(1000) NOT NULL,
    payload             jsonb         NOT NULL,
    received_at         timestamptz   NOT NULL
);
CREATE INDEX unexpected_event_received ON unexpected_event (received_at DESC, id DESC);
CREATE INDEX unexpected_event_application ON unexpected_event (application_id) WHERE application_id IS NOT NULL;
