package de.lotse.steering.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the steering figures.
 *
 * @param minimumCellSize a figure that stems from fewer cases is suppressed (shown as
 * {@code < 5}), and so is its complement where a total would reveal it
 */
@ConfigurationProperties("lotse.steering")
record SteeringSettings(@DefaultValue("5") int minimumCellSize) {

	SteeringSettings {
		if (minimumCellSize < 1) {
			throw new IllegalArgumentException(
					"lotse.steering.minimum-cell-size must be at least 1, not " + minimumCellSize);
		}
	}

}
