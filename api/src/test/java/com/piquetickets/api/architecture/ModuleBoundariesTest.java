package com.piquetickets.api.architecture;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.assignableTo;
import static com.tngtech.archunit.core.domain.properties.CanBeAnnotated.Predicates.annotatedWith;
import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import jakarta.persistence.Entity;
import org.axonframework.spring.stereotype.Aggregate;
import org.springframework.boot.context.properties.ConfigurationProperties;

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
            .should().dependOnClassesThat(resideInAPackage(COMMAND).and(not(seam())))
            .because("controllers send commands through the gateway; aggregates and their handlers stay behind it, and "
                    + "the command side offers the api only interfaces and value records (settings, a hold schedule)");

    @ArchTest
    static final ArchRule apiUsesSagasOnlyThroughTheirGateways = noClasses().that().resideInAPackage(API)
            .should().dependOnClassesThat(resideInAPackage(SAGA).and(not(seam()))
                    .and(not(assignableTo(Throwable.class)))
                    .and(not(annotatedWith(ConfigurationProperties.class)))
                    .and(not(simpleName("QrCodes"))))
            .because("the api reaches Stripe, SES and the email composer through the saga module's gateway interfaces "
                    + "(and their records and exceptions), never through a saga or an implementation");

    @ArchTest
    static final ArchRule aggregatesArePackagePrivate = classes().that().areAnnotatedWith(Aggregate.class)
            .should().notBePublic()
            .because("an aggregate is reached through commands only");

    @ArchTest
    static final ArchRule readModelEntitiesArePackagePrivate = classes().that().areAnnotatedWith(Entity.class)
            .and().resideInAPackage(QUERY)
            .should().notBePublic()
            .because("a projection's rows are read through its query handlers only");

    /** A type another module may use: an interface, a record, an enum, or a type nested in an interface. */
    private static DescribedPredicate<JavaClass> seam() {
        return DescribedPredicate.describe("an interface, a record or an enum, or nested in an interface",
                type -> type.isInterface() || type.isRecord() || type.isEnum()
                        || type.getEnclosingClass().map(JavaClass::isInterface).orElse(false));
    }

    @ArchTest
    static final ArchRule apiReadsOnlyThroughQueries = noClasses().that().resideInAPackage(API)
            .should().dependOnClassesThat(resideInAPackage(QUERY).and(not(simpleName("ProcessingGroups"))))
            .orShould().dependOnClassesThat().areAnnotatedWith("jakarta.persistence.Entity")
            .orShould().dependOnClassesThat().areAssignableTo("org.springframework.data.repository.Repository")
            .because("controllers ask queries through the QueryGateway, never repositories of either side");
}
