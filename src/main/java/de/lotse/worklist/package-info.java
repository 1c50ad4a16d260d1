/**
 * The clerks' work beside Tasklist: every task form is checked again on the server when a
 * task is completed, and a clerk sees one view per case (the chain as a timeline across
 * offices), limited to what the clerk's department may see.
 */
package de.lotse.worklist;
