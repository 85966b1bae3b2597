package jp.akapen.mail.rules;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.util.Locale;
import java.util.Optional;

/** Strict parsing of one bare address (no display name, no group, ASCII only) and the form addresses are compared in. */
final class Addresses {

    private Addresses() {
    }

    static Optional<InternetAddress> parse(String text) {
        if (text == null || text.isBlank() || !text.strip().chars().allMatch(c -> c > 32 && c < 127)) {
            return Optional.empty();
        }
        try {
            var address = new InternetAddress(text.strip(), true);
            address.validate();
            if (address.isGroup() || address.getPersonal() != null || !address.getAddress().contains("@")) {
                return Optional.empty();
            }
            return Optional.of(address);
        } catch (AddressException e) {
            return Optional.empty();
        }
    }

    /** Lower case throughout: the guard would rather refuse a look-alike than let one through. */
    static String key(String address) {
        return address.strip().toLowerCase(Locale.ROOT);
    }
}
