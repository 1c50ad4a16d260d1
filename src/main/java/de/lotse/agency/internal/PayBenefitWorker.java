package de.lotse.agency.internal;

import java.util.List;

import de.lotse.chain.BenefitClaimProcess;

import org.springframework.http.HttpMethod;

/**
 * Pays the first AsylbLG benefit through the chosen channel (cash, transfer or payment
 * card). The idempotency key keeps a retried call from paying twice; a refusal becomes an
 * incident.
 */
final class PayBenefitWorker extends JsonAgencyCall {

	/** Output: the Sozialamt's number of the payment ({@code String}). */
	static final String PAYMENT_NUMBER = "paymentNumber";

	PayBenefitWorker() {
		super("sozialamt", "pay-benefit", HttpMethod.POST, "/leistungen/auszahlungen", null,
				caseAnd(BenefitClaimProcess.PAYMENT_CHANNEL, BenefitClaimProcess.MONTHLY_BENEFIT_AMOUNT,
						BenefitClaimProcess.HOUSEHOLD_SIZE),
				List.of(Output.text("paymentNumber", PAYMENT_NUMBER)));
	}

}
