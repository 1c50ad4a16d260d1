package de.lotse.runtime.internal;

/**
 * A decision table or form the engine cannot use, named by its resource.
 */
class InvalidModelException extends RuntimeException {

	private final String resourceName;

	InvalidModelException(String resourceName, String reason, Throwable cause) {
		super(resourceName + ": " + reason, cause);
		this.resourceName = resourceName;
	}

	String getResourceName() {
		return this.resourceName;
	}

}
