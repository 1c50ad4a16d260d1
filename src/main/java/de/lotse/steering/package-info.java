/**
 * Steering figures for the Lenkungsgruppe: funnel, lead times, backlogs, inflow and
 * outflow per office and where cases wait, over months and years. Aggregates only, from a
 * read model the engine feeds in its own transaction; small cells are suppressed. The
 * module's only interface is its HTTP API under {@code /api/steering}.
 */
package de.lotse.steering;
