package jp.akapen.account.security;

import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;
import org.springframework.security.crypto.password.AbstractValidatingPasswordEncoder;

/**
 * Argon2id with Spring Security's settings of 5.8 (16 MiB, 2 passes, 1 lane, a 16-byte salt, a 32-byte hash) and its
 * encoded form ({@code $argon2id$v=19$m=16384,t=2,p=1$salt$hash}), so that either reads the other's hashes; but the
 * 16 MiB each hash works in come from one pool kept for the JVM's life instead of being allocated at every sign-in
 * (issue 17: at 200 users a quarter of all the portal allocated, and so a quarter of its young collections, each a
 * pause in people's requests). Bouncy Castle clears each block before it goes back to the pool. The pool holds the
 * memory of one hash (about 17 MB); a second hash at the same moment works in blocks of its own, dropped after.
 */
final class PooledArgon2PasswordEncoder extends AbstractValidatingPasswordEncoder {

    private static final int SALT_BYTES = 16;
    private static final int HASH_BYTES = 32;
    private static final int MEMORY_KB = 1 << 14;
    private static final int ITERATIONS = 2;
    private static final int PARALLELISM = 1;

    private static final Pattern ENCODED = Pattern.compile(
            "\\$argon2(id|i|d)(?:\\$v=(\\d+))?\\$m=(\\d+),t=(\\d+),p=(\\d+)\\$([A-Za-z0-9+/]+)\\$([A-Za-z0-9+/]+)");
    private static final Base64.Encoder B64 = Base64.getEncoder().withoutPadding();
    private static final Base64.Decoder B64_DECODE = Base64.getDecoder();

    private final Argon2BytesGenerator.BlockPool pool = new Argon2BytesGenerator.FixedBlockPool(
            Argon2BytesGenerator.getBlockCount(MEMORY_KB, PARALLELISM));
    private final SecureRandom random = new SecureRandom();

    @Override
    protected String encodeNonNullPassword(String rawPassword) {
        byte[] salt = new byte[SALT_BYTES];
        random.nextBytes(salt);
        var parameters = new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id)
                .withVersion(Argon2Parameters.ARGON2_VERSION_13).withSalt(salt).withParallelism(PARALLELISM)
                .withMemoryAsKB(MEMORY_KB).withIterations(ITERATIONS).withBlockPool(pool).build();
        byte[] hash = hash(rawPassword, parameters, HASH_BYTES);
        return "$argon2id$v=" + Argon2Parameters.ARGON2_VERSION_13 + "$m=" + MEMORY_KB + ",t=" + ITERATIONS + ",p="
                + PARALLELISM + "$" + B64.encodeToString(salt) + "$" + B64.encodeToString(hash);
    }

    /** A hash that cannot be read matches no password, as with Spring's encoder. */
    @Override
    protected boolean matchesNonNull(String rawPassword, String encodedPassword) {
        var decoded = Decoded.of(encodedPassword);
        if (decoded == null) {
            return false;
        }
        var parameters = new Argon2Parameters.Builder(decoded.type()).withVersion(decoded.version())
                .withSalt(decoded.salt()).withParallelism(decoded.parallelism()).withMemoryAsKB(decoded.memoryKb())
                .withIterations(decoded.iterations()).withBlockPool(pool).build();
        return MessageDigest.isEqual(decoded.hash(), hash(rawPassword, parameters, decoded.hash().length));
    }

    /** A hash made with less memory or fewer passes than today's is made again at the next sign-in. */
    @Override
    protected boolean upgradeEncodingNonNull(String encodedPassword) {
        var decoded = Decoded.of(encodedPassword);
        return decoded == null || decoded.memoryKb() < MEMORY_KB || decoded.iterations() < ITERATIONS;
    }

    private static byte[] hash(String rawPassword, Argon2Parameters parameters, int length) {
        var generator = new Argon2BytesGenerator();
        generator.init(parameters);
        byte[] hash = new byte[length];
        generator.generateBytes(rawPassword.toCharArray(), hash); // UTF-8, as Spring's encoder
        return hash;
    }

    private record Decoded(int type, int version, int memoryKb, int iterations, int parallelism, byte[] salt,
            byte[] hash) {

        static Decoded of(String encoded) {
            Matcher m = ENCODED.matcher(encoded);
            if (!m.matches()) {
                return null;
            }
            try {
                int type = switch (m.group(1)) {
                    case "id" -> Argon2Parameters.ARGON2_id;
                    case "i" -> Argon2Parameters.ARGON2_i;
                    default -> Argon2Parameters.ARGON2_d;
                };
                int version = m.group(2) == null ? Argon2Parameters.ARGON2_VERSION_10 : Integer.parseInt(m.group(2));
                var decoded = new Decoded(type, version, Integer.parseInt(m.group(3)), Integer.parseInt(m.group(4)),
                        Integer.parseInt(m.group(5)), B64_DECODE.decode(m.group(6)), B64_DECODE.decode(m.group(7)));
                boolean sane = (version == Argon2Parameters.ARGON2_VERSION_10
                        || version == Argon2Parameters.ARGON2_VERSION_13) && decoded.parallelism() >= 1
                        && decoded.iterations() >= 1 && decoded.memoryKb() >= 8 * decoded.parallelism()
                        && decoded.hash().length >= 4;
                return sane ? decoded : null;
            } catch (IllegalArgumentException e) {
                return null;
            }
        }
    }
}
