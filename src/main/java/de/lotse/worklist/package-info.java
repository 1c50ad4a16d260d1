/**
 * The clerks' work lists and work beside Tasklist: which department or team each user
 * task goes to (decision table {@code processes/task-routing.dmn}), service-level due
 * dates where the law sets none ({@code processes/task-service-level.dmn}), the
 * integration manager who keeps all of a person's Integrationsmanagement tasks and the
 * team lead's handover of them ({@code POST
 * /api/integration-managers/{userId}/handover}), the Tasklist filters of every department
 * and the columns they show (case reference, the person's name, stage); every task form
 * is checked again on the server when a task is completed, and a clerk sees one view per
 * case (the chain as a timeline across offices), limited to what the clerk's department
 * may see.
 */
package de.lotse.worklist;
