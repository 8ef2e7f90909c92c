package com.piquetickets.command.common;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.jdbc.core.JdbcTemplate;

/** Runs some of this module's own Flyway scripts, in the order given, for tests of the tables it owns. */
public final class ModuleMigrations {

    private static final Path DIRECTORY = Path.of("src/main/resources/db/migration/common");

    private ModuleMigrations() {
    }

    public static void apply(JdbcTemplate jdbc, String... scripts) throws IOException {
        for (String script : scripts) {
            jdbc.execute(Files.readString(DIRECTORY.resolve(script)));
        }
    }
}
