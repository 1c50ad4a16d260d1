/**
 * The organisation's structure in the engine: the departments and their teams (Camunda
 * groups that user tasks are offered to), the roles Teamleitung, Lenkungsgruppe,
 * Prozessdesign and Administration, and their Camunda authorizations, created at every
 * start in every profile. In the demo profile also one demo user per role.
 */
package de.lotse.directory;
