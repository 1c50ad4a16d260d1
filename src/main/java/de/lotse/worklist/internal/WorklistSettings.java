package de.lotse.worklist.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the work lists ({@code lotse.worklist.*}).
 *
 * @param serviceLevelDueDates whether tasks without a legal deadline get the due date the
 * service-level table ({@code processes/task-service-level.dmn}) proposes
 */
@ConfigurationProperties("lotse.worklist")
record WorklistSettings(@DefaultValue("true") boolean serviceLevelDueDates) {

}
