package dev.cairn.maven;

import org.codehaus.plexus.component.configurator.ConfigurationListener;
import org.junit.jupiter.api.Test;

import java.io.File;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** What Maven's {@code -X} output shows of each parameter set on a goal: never a password. */
class SecretMaskingListenerTest {
    private final List<String> shown = new ArrayList<>();
    private final ConfigurationListener maven = new ConfigurationListener() {
        @Override
        public void notifyFieldChangeUsingSetter(String fieldName, Object value, Object target) {
            shown.add("(s) " + fieldName + " = " + value);
        }

        @Override
        public void notifyFieldChangeUsingReflection(String fieldName, Object value, Object target) {
            shown.add("(f) " + fieldName + " = " + value);
        }
    };

    @Test
    void passwordsAndSecretsAreMaskedWhateverTheirType() {
        SecretMaskingListener l = new SecretMaskingListener(maven);
        l.notifyFieldChangeUsingReflection("password", "hunter2", this);
        l.notifyFieldChangeUsingSetter("keyStorePassword", "hunter3", this);
        l.notifyFieldChangeUsingReflection("clientSecret", new char[] {'x'}, this);
        assertEquals(List.of("(f) password = ****", "(s) keyStorePassword = ****", "(f) clientSecret = ****"), shown);
    }

    @Test
    void urlsLoseTheirPasswordsInEveryFormAndTheRestIsShownAsIs() {
        SecretMaskingListener l = new SecretMaskingListener(maven);
        l.notifyFieldChangeUsingReflection("url", "jdbc:postgresql://h/db?user=u&password=p1&sslpassword=p2&ssl=true", this);
        l.notifyFieldChangeUsingReflection("url", "jdbc:mariadb://u:p3@h:3306/db", this);
        l.notifyFieldChangeUsingReflection("url", "jdbc:sqlserver://h;user=u;password=p4;encrypt=true", this);
        l.notifyFieldChangeUsingReflection("user", "ann", this);
        l.notifyFieldChangeUsingReflection("backupsKept", 5, this);
        l.notifyFieldChangeUsingReflection("migrations", new File("m"), this);
        l.notifyFieldChangeUsingReflection("schema", null, this);
        assertEquals(List.of("(f) url = jdbc:postgresql://h/db?user=u&password=****&sslpassword=****&ssl=true",
                "(f) url = jdbc:mariadb://u:****@h:3306/db",
                "(f) url = jdbc:sqlserver://h;user=u;password=****;encrypt=true",
                "(f) user = ann", "(f) backupsKept = 5", "(f) migrations = m", "(f) schema = null"), shown);
    }
}
