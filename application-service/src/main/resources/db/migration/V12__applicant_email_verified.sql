-- Whether the identity provider has verified the applicant's e-mail (the token's email_verified for this very
-- address). Partner completion records are matched by e-mail, so only to a verified one. Profiles stored before
-- this column existed are unverified until their owner saves them again with such a token.
ALTER TABLE applicant ADD COLUMN email_verified boolean NOT NULL DEFAULT false;
