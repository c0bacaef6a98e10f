-- exam-service: testing centres, the exam calendar, authorisations, bookings and results.
-- Seats and "one active booking" are protected here, not in memory: every instance of the service
-- writes through these constraints.

CREATE TABLE testing_centre (
    id                uuid          PRIMARY KEY,
    name              varchar(200)  NOT NULL,
    address           varchar(500)  NOT NULL,
    city              varchar(100)  NOT NULL,
    country           char(2)       NOT NULL CHECK (country ~ '^[A-Z]{2}$'),
    latitude          numeric(8, 6) NOT NULL CHECK (latitude BETWEEN -90 AND 90),
    longitude         numeric(9, 6) NOT NULL CHECK (longitude BETWEEN -180 AND 180),
    -- IANA zone: template sessions are placed at local times, and dates are shown in local time.
    time_zone         varchar(64)   NOT NULL,
    seats_per_session integer       NOT NULL CHECK (seats_per_session > 0),
    active            boolean       NOT NULL DEFAULT true,
    version           integer       NOT NULL DEFAULT 0,
    created_at        timestamptz   NOT NULL,
    updated_at        timestamptz   NOT NULL
);

CREATE INDEX testing_centre_place ON testing_centre (country, lower(city));

CREATE TABLE exam_session (
    id                  uuid         PRIMARY KEY,
    centre_id           uuid         NOT NULL REFERENCES testing_centre (id),
    -- NULL: the session is open to candidates of every level.
    level               varchar(2)   CHECK (level IN ('AM', 'PM', 'SM', 'MM')),
    starts_at           timestamptz  NOT NULL,
    seats               integer      NOT NULL CHECK (seats > 0),
    -- Changed only by conditional UPDATEs in booking transactions; the CHECK is the last line against overbooking.
    seats_taken         integer      NOT NULL DEFAULT 0,
    status              varchar(20)  NOT NULL CHECK (status IN ('SCHEDULED', 'CANCELLED')),
    origin              varchar(20)  NOT NULL CHECK (origin IN ('TEMPLATE', 'MANUAL')),
    -- The template slot a generated session was created for; it survives a move, so generating the
    -- calendar again never recreates a session an admin moved or cancelled.
    template_centre_id  uuid,
    template_starts_at  timestamptz,
    cancellation_reason varchar(500),
    version             integer      NOT NULL DEFAULT 0,
    created_at          timestamptz  NOT NULL,
    updated_at          timestamptz  NOT NULL,
    CONSTRAINT exam_session_seats_within_capacity CHECK (seats_taken >= 0 AND seats_taken <= seats),
    CONSTRAINT exam_session_template_slot_complete
        CHECK ((template_centre_id IS NULL) = (template_starts_at IS NULL))
);

-- No two scheduled sessions for the same level (or for all levels) at one centre and start time.
CREATE UNIQUE INDEX exam_session_slot
    ON exam_session (centre_id, COALESCE(level, 'ALL'), starts_at) WHERE status = 'SCHEDULED';
-- Calendar generation is idempotent: one session per template slot, ever.
CREATE UNIQUE INDEX exam_session_template_slot
    ON exam_session (template_centre_id, COALESCE(level, 'ALL'), template_starts_at)
    WHERE template_starts_at IS NOT NULL;
CREATE INDEX exam_session_starts_at ON exam_session (starts_at);
CREATE INDEX exam_session_centre ON exam_session (centre_id);

-- Authorisations to sit an exam, as application-service announced them (ExamAuthorized).
CREATE TABLE exam_authorization (
    id                     uuid          PRIMARY KEY,
    application_id         uuid          NOT NULL,
    programme              varchar(40)   NOT NULL,
    level                  varchar(2)    NOT NULL CHECK (level IN ('AM', 'PM', 'SM', 'MM')),
    candidate_id           uuid          NOT NULL,
    subject                varchar(255)  NOT NULL,
    candidate_name         varchar(300)  NOT NULL,
    candidate_email        varchar(320)  NOT NULL,
    preferred_language     varchar(35),
    country                char(2),
    city                   varchar(100),
    latitude               numeric(8, 6),
    longitude              numeric(9, 6),
    attempts_allowed       integer       NOT NULL CHECK (attempts_allowed >= 1),
    -- Exams already sat as application-service counts them; results recorded here count as well.
    attempts_used_reported integer       NOT NULL CHECK (attempts_used_reported >= 0),
    status                 varchar(20)   NOT NULL CHECK (status IN ('ACTIVE', 'REVOKED')),
    authorized_at          timestamptz   NOT NULL,
    revoked_at             timestamptz,
    updated_at             timestamptz   NOT NULL
);

CREATE INDEX exam_authorization_subject ON exam_authorization (subject);
CREATE INDEX exam_authorization_application ON exam_authorization (application_id);

CREATE TABLE booking (
    id                          uuid         PRIMARY KEY,
    authorization_id            uuid         NOT NULL REFERENCES exam_authorization (id),
    application_id              uuid         NOT NULL,
    candidate_id                uuid         NOT NULL,
    subject                     varchar(255) NOT NULL,
    level                       varchar(2)   NOT NULL CHECK (level IN ('AM', 'PM', 'SM', 'MM')),
    session_id                  uuid         NOT NULL REFERENCES exam_session (id),
    attempt_number              integer      NOT NULL CHECK (attempt_number >= 1),
    status                      varchar(20)  NOT NULL CHECK (status IN ('BOOKED', 'CANCELLED', 'SAT')),
    cancel_reason               varchar(30)
        CHECK (cancel_reason IN ('CANDIDATE', 'SESSION_CANCELLED', 'APPLICATION_WITHDRAWN', 'RESCHEDULED')),
    rescheduled_from_booking_id uuid         REFERENCES booking (id),
    rescheduled_from_session_id uuid,
    booked_at                   timestamptz  NOT NULL,
    cancelled_at                timestamptz,
    version                     integer      NOT NULL DEFAULT 0,
    CONSTRAINT booking_cancellation_complete
        CHECK ((status = 'CANCELLED') = (cancel_reason IS NOT NULL AND cancelled_at IS NOT NULL))
);

-- One active booking per authorisation, whatever the number of instances and concurrent requests.
CREATE UNIQUE INDEX booking_one_active_per_authorization ON booking (authorization_id) WHERE status = 'BOOKED';
CREATE INDEX booking_session ON booking (session_id);
CREATE INDEX booking_subject ON booking (subject);
CREATE INDEX booking_application ON booking (application_id);

-- Topic weights per level, by table version: loaded from the versioned resource at start and kept
-- here, so a result can always be traced to the weights it was computed with.
CREATE TABLE exam_weight (
    table_version  integer      NOT NULL,
    level          varchar(2)   NOT NULL CHECK (level IN ('AM', 'PM', 'SM', 'MM')),
    topic          varchar(40)  NOT NULL,
    weight_percent numeric(5, 2) NOT NULL CHECK (weight_percent BETWEEN 0 AND 100),
    PRIMARY KEY (table_version, level, topic)
);

CREATE TABLE exam_result (
    id                  uuid          PRIMARY KEY,
    -- One result per booking.
    booking_id          uuid          NOT NULL UNIQUE REFERENCES booking (id),
    authorization_id    uuid          NOT NULL REFERENCES exam_authorization (id),
    application_id      uuid          NOT NULL,
    candidate_id        uuid          NOT NULL,
    subject             varchar(255)  NOT NULL,
    level               varchar(2)    NOT NULL CHECK (level IN ('AM', 'PM', 'SM', 'MM')),
    weights_version     integer       NOT NULL,
    weighted_score      numeric(5, 2) NOT NULL CHECK (weighted_score BETWEEN 0 AND 100),
    pass_mark           numeric(5, 2) NOT NULL,
    passed              boolean       NOT NULL,
    exam_date           date          NOT NULL,
    attempt_number      integer       NOT NULL,
    attempts_allowed    integer       NOT NULL,
    attempts_remaining  integer       NOT NULL CHECK (attempts_remaining >= 0),
    retake_allowed_from date,
    recorded_by         varchar(255)  NOT NULL,
    recorded_at         timestamptz   NOT NULL
);

CREATE INDEX exam_result_application ON exam_result (application_id);
CREATE INDEX exam_result_subject ON exam_result (subject);

CREATE TABLE exam_result_score (
    result_id       uuid          NOT NULL REFERENCES exam_result (id),
    topic           varchar(40)   NOT NULL,
    score           numeric(5, 2) NOT NULL CHECK (score BETWEEN 0 AND 100),
    weight_percent  numeric(5, 2) NOT NULL,
    weighted_points numeric(10, 6) NOT NULL,
    PRIMARY KEY (result_id, topic)
);
