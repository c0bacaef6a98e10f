-- Tables of the shared messaging mechanism (mentorcred-commons): the transactional outbox and the
-- inbox of processed events. Repeatable and idempotent, so the library can evolve them additively
-- while each service keeps its own versioned migrations.

CREATE TABLE IF NOT EXISTS outbox_event (
    id           uuid         PRIMARY KEY,
    -- Commit order of events of one key follows seq (writers of one aggregate are serialised by its row lock).
    seq          bigserial    NOT NULL,
    -- Key hash slot: one relay at a time publishes a bucket, which keeps the order of each key.
    bucket       integer      NOT NULL,
    topic        varchar(249) NOT NULL,
    message_key  varchar(255) NOT NULL,
    event_type   varchar(255) NOT NULL,
    payload      text         NOT NULL,
    created_at   timestamptz  NOT NULL DEFAULT now(),
    sent_at      timestamptz,
    attempts     integer      NOT NULL DEFAULT 0,
    last_error   text
);

CREATE INDEX IF NOT EXISTS outbox_event_unsent ON outbox_event (bucket, seq) WHERE sent_at IS NULL;
CREATE INDEX IF NOT EXISTS outbox_event_sent_at ON outbox_event (sent_at) WHERE sent_at IS NOT NULL;

-- One row per bucket; a relay claims buckets with FOR UPDATE SKIP LOCKED.
CREATE TABLE IF NOT EXISTS outbox_bucket (
    bucket integer PRIMARY KEY
);

-- (consumer, event id) of every event a handler has applied, written in the handler's transaction.
CREATE TABLE IF NOT EXISTS processed_event (
    consumer     varchar(100) NOT NULL,
    event_id     varchar(100) NOT NULL,
    event_type   varchar(255),
    processed_at timestamptz  NOT NULL DEFAULT now(),
    PRIMARY KEY (consumer, event_id)
);

-- Hits per rate-limit bucket and fixed window (RateLimiter); counted in the database so that a limit holds
-- across all instances of a service.
CREATE TABLE IF NOT EXISTS rate_limit_window (
    bucket       varchar(200) NOT NULL,
    window_start timestamptz  NOT NULL,
    hits         integer      NOT NULL,
    PRIMARY KEY (bucket, window_start)
);
