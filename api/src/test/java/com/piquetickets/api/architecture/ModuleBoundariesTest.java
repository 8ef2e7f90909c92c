package com.piquetickets.api.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.simpleName;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The module rules of ARCHITECTURE.md: who may depend on whom. */
@AnalyzeClasses(packages = "com.piquetickets", importOptions = ImportOption.DoNotIncludeTests.class)
class ModuleBoundariesTest {

    private static final String DOMAIN = "com.piquetickets.domain..";
    private static final String COMMAND = "com.piquetickets.command..";
    private static final String QUERY = "com.piquetickets.query..";
    private static final String SAGA = "com.piquetickets.saga..";
    private static final String API = "com.piquetickets.api..";

    @ArchTest
    static final ArchRule domainUsesOnlyTheJdkAndAxonMessaging = classes().that().resideInAPackage(DOMAIN)
            .should().onlyDependOnClassesThat().resideInAnyPackage(DOMAIN, "java..",
                    "org.axonframework.modelling.command..", "org.axonframework.serialization..",
                    "org.axonframework.messaging.annotation..", "org.axonframework.eventhandling..")
            .because("domain is the shared language: no Spring, no JPA, no Jackson");

    @ArchTest
    static final ArchRule commandSideKnowsOnlyTheDomain = noClasses().that().resideInAPackage(COMMAND)
            .should().dependOnClassesThat().resideInAnyPackage(QUERY, SAGA, API);

    @ArchTest
    static final ArchRule querySideKnowsOnlyTheDomain = noClasses().that().resideInAPackage(QUERY)
            .should().dependOnClassesThat().resideInAnyPackage(COMMAND, SAGA, API);

    @ArchTest
    static final ArchRule sagasKnowOnlyTheDomain = noClasses().that().resideInAPackage(SAGA)
            .should().dependOnClassesThat().resideInAnyPackage(COMMAND, QUERY, API);

    @ArchTest
    static final ArchRule apiNeverTouchesTheWriteModel = noClasses().that().resideInAPackage(API)
            .should().dependOnClassesThat().resideInAPackage(COMMAND)
            .because("controllers send commands through the gateway; aggregates stay behind it");

    @ArchTest
    static final ArchRule apiReadsOnlyThroughQueries = noClasses().that().resideInAPackage(API)
            .should().dependOnClassesThat(resideInAPackage(QUERY).and(not(simpleName("ProcessingGroups"))))
            .orShould().dependOnClassesThat().areAnnotatedWith("jakarta.persistence.Entity")
            .orShould().dependOnClassesThat().areAssignableTo("org.springframework.data.repository.Repository")
            .because("controllers ask queries through the QueryGateway, never repositories of either side");
}
