package vn.doingoai.user;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.cache.Cache;
import org.springframework.cache.CacheManager;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import vn.doingoai.config.Caches;

@Configuration(proxyBeanMethods = false)
class PasswordConfig {

    /**
     * BCrypt (through the delegating encoder, so hashes name their algorithm). API clients send
     * their password with every request, and BCrypt costs about 10 ms of CPU; a successful check of
     * the same password against the same hash is remembered for ten minutes (cache {@link
     * Caches#PASSWORD_CHECKS}). The cache holds neither: its key is an HMAC of both under a random
     * key made at start-up, so even a copy of the memory cannot be tested against guesses offline.
     * A changed password has a new hash, so an old entry never matches it.
     */
    @Bean
    PasswordEncoder passwordEncoder(CacheManager caches) {
        return new RememberingEncoder(
                PasswordEncoderFactories.createDelegatingPasswordEncoder(), caches.getCache(Caches.PASSWORD_CHECKS));
    }

    static final class RememberingEncoder implements PasswordEncoder {

        private final PasswordEncoder delegate;
        private final Cache checked;
        private final byte[] salt = new byte[32];

        RememberingEncoder(PasswordEncoder delegate, Cache checked) {
            this.delegate = delegate;
            this.checked = checked;
            new SecureRandom().nextBytes(salt);
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
            String key = key(rawPassword + "\u0000" + encodedPassword);
            if (checked.get(key) != null) {
                return true;
            }
            boolean ok = delegate.matches(rawPassword, encodedPassword);
            if (ok) {
                checked.put(key, Boolean.TRUE);
            }
            return ok;
        }

        @Override
        public boolean upgradeEncoding(String encodedPassword) {
            return delegate.upgradeEncoding(encodedPassword);
        }

        private String key(String text) {
            try {
                Mac mac = Mac.getInstance("HmacSHA256");
                mac.init(new SecretKeySpec(salt, "HmacSHA256"));
                return HexFormat.of().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
