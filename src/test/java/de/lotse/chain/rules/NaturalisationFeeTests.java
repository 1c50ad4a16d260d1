package de.lotse.chain.rules;

import de.lotse.chain.rules.Decisions.Evaluation;
import org.junit.jupiter.api.Test;

import static de.lotse.chain.ChainDecisions.NATURALISATION_FEE;
import static de.lotse.chain.rules.Decisions.evaluate;
import static org.assertj.core.api.Assertions.assertThat;

class NaturalisationFeeTests {

	@Test
	void rejectionCostsTheLocalRejectionFee() {
		assertFee(fee("REJECTION", false, false, true), "Rule_RejectionLocalFee", 191.25);
	}

	@Test
	void withdrawalCostsTheLocalWithdrawalFee() {
		assertFee(fee("WITHDRAWAL", false, false, true), "Rule_WithdrawalLocalFee", 127.50);
	}

	@Test
	void minorWithoutIncomeNaturalisedWithAParentPaysFiftyOneEuros() {
		assertFee(fee("APPLICATION", true, true, false), "Rule_MinorCoNaturalisedWithoutIncome", 51.0);
	}

	@Test
	void minorWithOwnIncomeNaturalisedWithAParentPaysTheFullFee() {
		assertFee(fee("APPLICATION", true, true, true), "Rule_StandardFee", 255.0);
	}

	@Test
	void minorApplyingAlonePaysTheFullFee() {
		assertFee(fee("APPLICATION", true, false, false), "Rule_StandardFee", 255.0);
	}

	@Test
	void adultPaysTwoHundredFiftyFiveEuros() {
		assertFee(fee("APPLICATION", false, false, true), "Rule_StandardFee", 255.0);
	}

	private static Evaluation fee(String feeCase, boolean minor, boolean coNaturalised, boolean ownIncome) {
		return evaluate(NATURALISATION_FEE, "feeCase", feeCase, "minor", minor, "coNaturalisedWithParent",
				coNaturalised, "ownIncome", ownIncome);
	}

	private static void assertFee(Evaluation evaluation, String rule, double amount) {
		assertThat(evaluation.rule()).isEqualTo(rule);
		assertThat(evaluation.output("feeAmount")).isEqualTo(amount);
	}

}
