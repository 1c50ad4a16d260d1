package de.lotse.browser;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Starts one {@link Browser} per test class on first use; JUnit quits it with the class's
 * extension store when the class is done.
 */
class BrowserExtension implements ParameterResolver {

	private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace
		.create(BrowserExtension.class);

	@Override
	public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
		return parameter.getParameter().getType() == Browser.class;
	}

	@Override
	public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
		ExtensionContext classContext = context.getTestMethod().isPresent() ? context.getParent().orElseThrow()
				: context;
		return classContext.getStore(NAMESPACE)
			.getOrComputeIfAbsent(Browser.class, (key) -> Browser.start(), Browser.class);
	}

}
