package lotsefixture.ledger.internal;

/**
 * Internal to the ledger module.
 */
public class LedgerEntries {

	public int count() {
		return 0;
	}

}
