-- Applicants' personal data encrypted at rest (GB/T 39786-2021; PIPL Art. 51): the columns hold
-- SM4-GCM values 'v1:<key id>:<iv>:<data>' in Base64, longer than the plaintext, so they become
-- text (the lengths are checked by the application's validation before encryption). Existing rows
-- are encrypted once at start-up by request.boundary.ApplicantDataEncryption, which recognises
-- values already encrypted by their prefix and also recomputes applicant_key.
alter table disclosure_request
    alter column applicant_name type text,
    alter column id_number      type text,
    alter column credit_code    type text,
    alter column contact_name   type text,
    alter column phone          type text,
    alter column email          type text,
    alter column address        type text;

-- applicant_key: from now on HMAC-SM3 under gongkai.crypto.lookup-key (64 hex digits), no longer a
-- plain SHA-256 of the identity number. applicant_name_key: the same keyed hash of the name, for
-- the officers' search by (whole) name, since the name itself can no longer be searched.
alter table disclosure_request add column applicant_name_key char(64);
create index disclosure_request_name_key_idx on disclosure_request (organ_code, applicant_name_key);

comment on column disclosure_request.applicant_key is
    'HMAC-SM3 (gongkai.crypto.lookup-key) of kind:normalised identity number; counts fees per applicant';
