package com.piquetickets.query.show;

import static org.assertj.core.api.Assertions.assertThat;

import com.piquetickets.domain.common.UserId;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class AuthorsTest {

    private static final UUID USER = UUID.fromString("7c9e6679-7425-40de-944b-e07fc1f90ae7");

    @Test
    void theActingUserIsReadFromAStringAUuidOrAUserId() {
        assertThat(Authors.authorId(USER.toString())).isEqualTo(USER);
        assertThat(Authors.authorId(USER)).isEqualTo(USER);
        assertThat(Authors.authorId(new UserId(USER))).isEqualTo(USER);
    }

    @Test
    void anUnknownOrUnreadableUserIsNoAuthor() {
        assertThat(Authors.authorId(null)).isNull();
        assertThat(Authors.authorId("system")).isNull();
        assertThat(Authors.authorId(42)).isNull();
    }
}
