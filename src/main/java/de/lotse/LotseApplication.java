package de.lotse;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * Lotse runs a municipality's integration chain for newly arrived people on the Camunda 7
 * engine.
 */
@SpringBootApplication
public class LotseApplication {

	public static void main(String[] args) {
		SpringApplication.run(LotseApplication.class, args);
	}

}
