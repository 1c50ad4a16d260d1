-- The language a person needs language mediation in (ISO 639-1, e.g. 'ar'), optional.
-- It steers which team of the Integrationsmanagement takes the case.
alter table case_file add column interpreter_language varchar(3);
