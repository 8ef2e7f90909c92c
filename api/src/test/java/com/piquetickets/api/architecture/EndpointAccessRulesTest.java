package com.piquetickets.api.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;

import com.piquetickets.api.security.Allow;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/** Every endpoint says who may call it; the access interceptor refuses one that does not, and this test names it. */
@AnalyzeClasses(packages = "com.piquetickets.api", importOptions = ImportOption.DoNotIncludeTests.class)
class EndpointAccessRulesTest {

    @ArchTest
    static final ArchRule everyEndpointHasAnAccessRule = methods()
            .that().areAnnotatedWith(GetMapping.class)
            .or().areAnnotatedWith(PostMapping.class)
            .or().areAnnotatedWith(PutMapping.class)
            .or().areAnnotatedWith(DeleteMapping.class)
            .or().areAnnotatedWith(PatchMapping.class)
            .or().areAnnotatedWith(RequestMapping.class)
            .should().beAnnotatedWith(Allow.class)
            .because("access is never granted by omission: each endpoint names its rule (anonymous, staff, member...)");
}
