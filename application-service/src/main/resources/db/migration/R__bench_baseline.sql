-- The benchmarks' bare endpoint (POST /api/v1/bench/baseline, off unless mentorcred.bench.baseline-endpoint.enabled)
-- inserts one row here: the cost of the HTTP, security, transaction and insert stack with no business logic.
-- Repeatable and idempotent, so it never takes a version number from the service's own migrations.
CREATE TABLE IF NOT EXISTS bench_baseline (
    id         uuid        PRIMARY KEY,
    subject    varchar(255) NOT NULL,
    created_at timestamptz NOT NULL
);
