package vn.doingoai.user;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

@Configuration(proxyBeanMethods = false)
class PasswordConfig {

    /**
     * BCrypt (through the delegating encoder, so hashes name their algorithm). API clients send
     * their password with every request; a successful check of the same password against the same
     * hash is remembered for a while, so that a request does not pay for BCrypt each time.
     */
    @Bean
    PasswordEncoder passwordEncoder() {
        return new RememberingEncoder(PasswordEncoderFactories.createDelegatingPasswordEncoder());
    }

    static final class RememberingEncoder implements PasswordEncoder {

        private static final int REMEMBERED = 1000;
        private static final long TTL_MILLIS = 10 * 60 * 1000L;

        private final PasswordEncoder delegate;
        private final Map<String, Long> matched = Collections.synchronizedMap(new LinkedHashMap<>(64, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Long> eldest) {
                return size() > REMEMBERED;
            }
        });

        RememberingEncoder(PasswordEncoder delegate) {
            this.delegate = delegate;
        }

        @Override
        public String encode(CharSequence rawPassword) {
            return delegate.encode(rawPassword);
        }

        @Override
        public boolean matches(CharSequence rawPassword, String encodedPassword) {
            if (rawPassword == null || encodedPassword == null) {
                return false;
            }
            if (rawPassword.toString().getBytes(StandardCharsets.UTF_8).length > UserAccounts.MAX_PASSWORD_BYTES) {
                return false; // no stored password is that long, and BCrypt would refuse to read it
            }
            String key = digest(rawPassword + "\u0000" + encodedPassword);
            Long at = matched.get(key);
            long now = System.currentTimeMillis();
            if (at != null && now - at < TTL_MILLIS) {
                return true;
            }
            boolean ok = delegate.matches(rawPassword, encodedPassword);
            if (ok) {
                matched.put(key, now);
            }
            return ok;
        }

        @Override
        public boolean upgradeEncoding(String encodedPassword) {
            return delegate.upgradeEncoding(encodedPassword);
        }

        private static String digest(String text) {
            try {
                return HexFormat.of()
                        .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
