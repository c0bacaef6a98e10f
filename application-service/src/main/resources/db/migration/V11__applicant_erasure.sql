-- When an applicant asked to be erased (their personal data anonymised, GET/POST /api/v1/me/...).
ALTER TABLE applicant ADD COLUMN erased_at timestamptz;
