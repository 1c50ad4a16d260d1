package de.lotse.runtime.internal;

import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.camunda.spin.impl.json.jackson.format.JacksonJsonDataFormat;
import org.camunda.spin.spi.DataFormatConfigurator;

/**
 * Lets the engine store {@code java.time} values as JSON process variables. The DMN
 * engine hands dates as {@code LocalDate} to the decision history, and agency answers
 * carry dates too. Loaded by Camunda Spin through {@code META-INF/services}.
 */
public class JsonVariablesConfigurator implements DataFormatConfigurator<JacksonJsonDataFormat> {

	@Override
	public Class<JacksonJsonDataFormat> getDataFormatClass() {
		return JacksonJsonDataFormat.class;
	}

	@Override
	public void configure(JacksonJsonDataFormat dataFormat) {
		dataFormat.getObjectMapper()
			.registerModule(new JavaTimeModule())
			.disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
	}

}
