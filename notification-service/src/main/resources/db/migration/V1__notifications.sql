-- notification-service: who to write to about an application, and the log of every email.

-- Projection of ApplicationSubmitted (and, until it arrives, of the first application event naming the
-- applicant): events of other services carry only the application id.
CREATE TABLE application_contact (
    application_id     uuid         PRIMARY KEY,
    name               varchar(300) NOT NULL,
    email              varchar(320) NOT NULL,
    preferred_language varchar(35),
    programme          varchar(40),
    -- The event the details come from: ApplicationSubmitted overwrites any other.
    source_event_type  varchar(255) NOT NULL,
    updated_at         timestamptz  NOT NULL
);

-- Payment links of invoices (from InvoiceIssued): a failed payment's email says where to pay again.
CREATE TABLE invoice_link (
    invoice_id     uuid          PRIMARY KEY,
    application_id uuid          NOT NULL,
    payment_url    varchar(2000) NOT NULL
);

-- The delivery log: one row per email to one recipient.
CREATE TABLE notification (
    id              uuid         PRIMARY KEY,
    event_id        varchar(100) NOT NULL,
    event_type      varchar(255) NOT NULL,
    application_id  uuid,
    template        varchar(60)  NOT NULL,
    -- Null while WAITING_FOR_RECIPIENT.
    recipient       varchar(320),
    language        varchar(35),
    subject         varchar(300),
    html_body       text,
    text_body       text,
    -- The template model (JSON) of an email whose recipient is not known yet; cleared once rendered.
    model           text,
    status          varchar(30)  NOT NULL
        CHECK (status IN ('WAITING_FOR_RECIPIENT', 'PENDING', 'SENT', 'FAILED')),
    attempts        integer      NOT NULL DEFAULT 0,
    last_error      text,
    next_attempt_at timestamptz,
    sent_at         timestamptz,
    created_at      timestamptz  NOT NULL,
    updated_at      timestamptz  NOT NULL,
    resend_of       uuid REFERENCES notification (id),
    -- Queued and sent emails are complete; a waiting one (or one that failed to render) may not be.
    CHECK (status IN ('WAITING_FOR_RECIPIENT', 'FAILED') OR (recipient IS NOT NULL AND subject IS NOT NULL
        AND html_body IS NOT NULL AND text_body IS NOT NULL))
);

-- An event causes each of its emails once, however often it is delivered; a resend is a deliberate extra row.
CREATE UNIQUE INDEX notification_once_per_event ON notification (event_id, template) WHERE resend_of IS NULL;
-- The dispatcher's queue.
CREATE INDEX notification_due ON notification (next_attempt_at) WHERE status = 'PENDING';
CREATE INDEX notification_waiting ON notification (application_id) WHERE status = 'WAITING_FOR_RECIPIENT';
CREATE INDEX notification_by_application ON notification (application_id, created_at DESC);
CREATE INDEX notification_by_recipient ON notification (lower(recipient), created_at DESC);
CREATE INDEX notification_by_created ON notification (created_at DESC);
