package de.lotse.inbox.internal;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/**
 * Settings of the agency inbox.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(InboxSettings.class)
class InboxConfiguration {

}
