package com.piquetickets.api.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.env.PropertySource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.type.filter.AnnotationTypeFilter;

/**
 * Every setting has one home: application.yml lists each {@code pique.*} key with its default, and each settings type
 * binds to exactly what its own defaults say. A default changed in one place and not the other fails here.
 */
class SettingsTest {

    @Test
    void applicationYmlListsEverySettingWithTheDefaultItsBindingHas() throws Exception {
        List<PropertySource<?>> yml = new YamlPropertySourceLoader().load("application.yml",
                new ClassPathResource("application.yml"));
        Binder documented = new Binder(ConfigurationPropertySources.from(yml.getFirst()));
        Binder nothing = new Binder(new MapConfigurationPropertySource(Map.of()));

        List<Class<?>> settings = settingsTypes();
        assertThat(settings).as("settings types found").hasSizeGreaterThan(5);
        for (Class<?> type : settings) {
            String prefix = type.getAnnotation(ConfigurationProperties.class).value();
            assertThat(documented.bind(prefix, type).isBound()).as("application.yml lists %s (%s)", prefix, type).isTrue();
            assertThat(documented.bindOrCreate(prefix, type)).as("%s in application.yml and in %s", prefix, type.getName())
                    .usingRecursiveComparison()
                    .withComparatorForType((a, b) -> Objects.equals(blankToNull(a), blankToNull(b)) ? 0 : 1, String.class)
                    .isEqualTo(nothing.bindOrCreate(prefix, type));
        }
    }

    private static List<Class<?>> settingsTypes() throws ClassNotFoundException {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(ConfigurationProperties.class));
        List<Class<?>> types = new java.util.ArrayList<>();
        for (BeanDefinition candidate : scanner.findCandidateComponents("com.piquetickets")) {
            Class<?> type = Class.forName(candidate.getBeanClassName());
            if (type.getAnnotation(ConfigurationProperties.class).value().startsWith("pique")) {
                types.add(type);
            }
        }
        return types;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
