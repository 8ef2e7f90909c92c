package com.piquetickets.saga.ticketcode;

import static org.assertj.core.api.Assertions.assertThat;

import com.piquetickets.domain.attendee.AttendeeId;
import com.piquetickets.domain.attendee.TicketCode;
import com.piquetickets.domain.show.ShowId;
import com.piquetickets.domain.show.TicketTypeId;
import java.security.KeyPair;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.init.ResourceDatabasePopulator;

/** Ticket codes signed with a key per show, kept in the saga module's own table (its migration, on H2). */
class TicketCodesTest {

    private static final Instant ISSUED = Instant.parse("2030-05-01T10:15:30Z");
    private static final ShowId SHOW = new ShowId(UUID.fromString("00000000-0000-0000-0000-00000000e001"));
    private static final ShowId OTHER_SHOW = new ShowId(UUID.fromString("00000000-0000-0000-0000-00000000e002"));
    private static final AttendeeId ADA = new AttendeeId(UUID.fromString("7f1e3c52-8f0a-4b61-9a51-3f7f0cbd2a10"));
    private static final TicketTypeId GENERAL = new TicketTypeId(UUID.fromString("00000000-0000-0000-0000-00000000f001"));

    private JdbcTemplate jdbc;
    private TicketCodes codes;

    @BeforeEach
    void setUp() {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:ticket-codes-" + UUID.randomUUID() + ";MODE=PostgreSQL;DB_CLOSE_DELAY=-1");
        new ResourceDatabasePopulator(new ClassPathResource("db/migration/common/V41__ticket_signing_keys.sql"))
                .execute(dataSource);
        jdbc = new JdbcTemplate(dataSource);
        codes = codes();
    }

    private TicketCodes codes() {
        return new SignedTicketCodes(new TicketSigningKeys(jdbc, Clock.fixed(ISSUED, ZoneOffset.UTC)));
    }

    @Test
    void aCodeIsSignedWithItsShowsKeyAndVerifies() {
        String code = codes.codeFor(ADA, SHOW, GENERAL, ISSUED);
        assertThat(codes.verify(code)).contains(new TicketCode(ADA, SHOW, GENERAL, ISSUED));
        assertThat(codes.codeFor(ADA, SHOW, GENERAL, ISSUED)).as("deterministic").isEqualTo(code);
    }

    @Test
    void theFastSignerWritesExactlyTheCodeTheJdksEd25519Writes() {
        String code = codes.codeFor(ADA, SHOW, GENERAL, ISSUED);
        KeyPair pair = new TicketSigningKeys(jdbc, Clock.fixed(ISSUED, ZoneOffset.UTC)).pair(SHOW);
        assertThat(new TicketCode(ADA, SHOW, GENERAL, ISSUED).sign(pair.getPrivate())).isEqualTo(code);
    }

    @Test
    void aShowsKeyIsMadeOnceAndKeptOutsideTheEventStore() {
        String code = codes.codeFor(ADA, SHOW, GENERAL, ISSUED);
        codes.codeFor(ADA, OTHER_SHOW, GENERAL, ISSUED);
        assertThat(jdbc.queryForObject("select count(*) from ticket_signing_key", Long.class)).isEqualTo(2);
        // Another node (or a restart) reads the stored key and accepts the code.
        assertThat(codes().verify(code)).isPresent();
        assertThat(codes().publicKey(SHOW)).isEqualTo(codes.publicKey(SHOW));
    }

    @Test
    void aCodeOfAShowThatNeverSignedIsNotVerified() {
        TicketCodes elsewhere = new SignedTicketCodes(new TicketSigningKeys(new JdbcTemplate(otherDatabase()),
                Clock.systemUTC()));
        String foreign = elsewhere.codeFor(ADA, SHOW, GENERAL, ISSUED);
        assertThat(codes.verify(foreign)).isEmpty();
        assertThat(jdbc.queryForObject("select count(*) from ticket_signing_key", Long.class))
                .as("verifying makes no key").isZero();
    }

    @Test
    void aCodeSignedByAnotherKeyForTheSameShowIsNotVerified() {
        codes.codeFor(ADA, SHOW, GENERAL, ISSUED);
        TicketCodes forger = new SignedTicketCodes(new TicketSigningKeys(new JdbcTemplate(otherDatabase()), Clock.systemUTC()));
        assertThat(codes.verify(forger.codeFor(ADA, SHOW, GENERAL, ISSUED))).isEmpty();
    }

    private static JdbcDataSource otherDatabase() {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:ticket-codes-" + UUID.randomUUID() + ";MODE=PostgreSQL;DB_CLOSE_DELAY=-1");
        new ResourceDatabasePopulator(new ClassPathResource("db/migration/common/V41__ticket_signing_keys.sql"))
                .execute(dataSource);
        return dataSource;
    }
}
