/**
 * Inbound messages of the agencies: asynchronous replies for a case ({@code POST
 * /api/agencies/{agency}/replies}) and allocation notices of the Bezirksregierung
 * ({@code POST /api/agencies/bezirksregierung/allocations}) that open a case. Every
 * message is stored first and then correlated to the message event its case waits for; a
 * message that arrives early waits in the inbox until the process gets there. The
 * contract is {@code src/main/resources/openapi/inbox.yaml}.
 */
package de.lotse.inbox;
