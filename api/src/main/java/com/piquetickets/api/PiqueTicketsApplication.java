package com.piquetickets.api;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.AutoConfigurationPackage;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The PiqueTickets application.
 *
 * <p>Component scanning covers every module ({@code com.piquetickets.*}). JPA entities and Spring Data repositories
 * are found through Spring Boot's auto-configuration packages rather than {@code @EntityScan}: Axon's auto-configuration
 * registers its own entity packages (token store, dead letters, sagas, event store) the same way, and
 * {@code @EntityScan} would replace that list instead of adding to it. {@link AutoConfigurationPackage} adds
 * {@code com.piquetickets} (so {@code com.piquetickets.query}'s projections) next to Axon's packages.
 */
@SpringBootApplication(scanBasePackages = "com.piquetickets")
@AutoConfigurationPackage(basePackages = "com.piquetickets")
public class PiqueTicketsApplication {

    public static void main(String[] args) {
        SpringApplication.run(PiqueTicketsApplication.class, args);
    }
}
