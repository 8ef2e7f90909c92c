package com.piquetickets.command.user;

import com.piquetickets.command.common.Inputs;
import com.piquetickets.domain.common.InvalidInputException;
import com.piquetickets.domain.user.Password;
import java.util.Locale;

/** The rules of passwords and account emails. */
final class Passwords {

    static final int MIN_LENGTH = 10;
    static final int MAX_LENGTH = 128;

    private Passwords() {
    }

    /** The plaintext of an acceptable password: 10 to 128 characters (code points), kept exactly as typed. */
    static String acceptable(Password password) {
        String value = password == null ? null : password.value();
        if (value == null || value.isEmpty()) {
            throw new InvalidInputException("password", "is required");
        }
        int length = value.codePointCount(0, value.length());
        if (length < MIN_LENGTH || length > MAX_LENGTH) {
            throw new InvalidInputException("password", "must be " + MIN_LENGTH + " to " + MAX_LENGTH + " characters");
        }
        return value;
    }

    /** An account email: valid, trimmed and lower-cased, so that one address is one account however it is typed. */
    static String email(String value) {
        return Inputs.email("email", value).toLowerCase(Locale.ROOT);
    }
}
