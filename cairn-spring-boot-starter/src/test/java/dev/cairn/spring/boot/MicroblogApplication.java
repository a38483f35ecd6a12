package dev.cairn.spring.boot;

import jakarta.annotation.PostConstruct;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The application of the starter's tests: auto-configuration only, and a bean that reads a migrated table while it is
 * constructed ({@link UsersAtStartUp}), as an application's cache warm-up would.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
public class MicroblogApplication {

    @Bean
    @ConditionalOnBooleanProperty(name = "microblog.users-at-start-up", matchIfMissing = true)
    UsersAtStartUp usersAtStartUp(JdbcTemplate jdbc) {
        return new UsersAtStartUp(jdbc);
    }

    /** Counts the users in {@code @PostConstruct}: fails unless the migrations ran before this bean was created. */
    public static final class UsersAtStartUp {
        private final JdbcTemplate jdbc;
        Integer users;

        UsersAtStartUp(JdbcTemplate jdbc) {
            this.jdbc = jdbc;
        }

        @PostConstruct
        void count() {
            users = jdbc.queryForObject("SELECT count(*) FROM users", Integer.class);
        }
    }
}
