-- When the applicant of an application was erased (ApplicantErased): from then on nothing is emailed to them.
ALTER TABLE application_contact ADD COLUMN erased_at timestamptz;
