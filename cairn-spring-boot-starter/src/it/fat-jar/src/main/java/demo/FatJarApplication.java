package demo;

import jakarta.annotation.PostConstruct;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;

/** Starts, reads a migrated table while its beans are created, prints what it found, and stops. */
@SpringBootApplication
public class FatJarApplication {

    public static void main(String[] args) {
        SpringApplication.run(FatJarApplication.class, args).close();
    }

    @Bean
    Users users(JdbcTemplate jdbc) {
        return new Users(jdbc);
    }

    static final class Users {
        private final JdbcTemplate jdbc;

        Users(JdbcTemplate jdbc) {
            this.jdbc = jdbc;
        }

        @PostConstruct
        void print() {
            System.out.println("users at start-up: " + jdbc.queryForList("SELECT name FROM users ORDER BY id", String.class));
        }
    }
}
