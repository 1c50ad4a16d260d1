/**
 * The clerks' work lists: which department or team each user task goes to (decision table
 * {@code processes/task-routing.dmn}), service-level due dates where the law sets none
 * ({@code processes/task-service-level.dmn}), the integration manager who keeps all of a
 * person's Integrationsmanagement tasks and the team lead's handover of them ({@code POST
 * /api/integration-managers/{userId}/handover}), the Tasklist filters of every department
 * and the columns they show (case reference, the person's name, stage).
 */
package de.lotse.worklist;
