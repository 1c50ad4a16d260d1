package lotsefixture.intake;

import lotsefixture.ledger.internal.LedgerEntries;

/**
 * Reaches into the ledger module's internals, which the module rules forbid.
 */
public class IntakeDesk {

	private final LedgerEntries entries = new LedgerEntries();

	public int open() {
		return this.entries.count();
	}

}
