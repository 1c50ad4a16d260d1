package de.lotse.casefile;

/**
 * The answer to an intake.
 *
 * @param caseReference the new case's reference
 * @param replayed {@code true} when the same intake was sent before with the same
 * idempotency key and this is the case opened then
 */
public record OpenedCase(String caseReference, boolean replayed) {

}
