package de.lotse.worklist.internal;

import jakarta.annotation.Priority;
import jakarta.ws.rs.ConstrainedTo;
import jakarta.ws.rs.RuntimeType;
import jakarta.ws.rs.core.FeatureContext;
import org.glassfish.jersey.internal.spi.AutoDiscoverable;
import org.glassfish.jersey.internal.spi.ForcedAutoDiscoverable;

/**
 * Registers {@link TaskFormRejectedMapper} with every JAX-RS application of the server:
 * the REST API ({@code /engine-rest}) and the webapps' engine API
 * ({@code /camunda/api/engine}) that Tasklist submits forms to. The webapps build their
 * JAX-RS application from a fixed class list, so Jersey's service-loader hook
 * ({@code META-INF/services}) is the one way in.
 */
@ConstrainedTo(RuntimeType.SERVER)
@Priority(AutoDiscoverable.DEFAULT_PRIORITY)
public class TaskFormRejectedDiscovery implements ForcedAutoDiscoverable {

	@Override
	public void configure(FeatureContext context) {
		if (!context.getConfiguration().isRegistered(TaskFormRejectedMapper.class)) {
			context.register(TaskFormRejectedMapper.class);
		}
	}

}
