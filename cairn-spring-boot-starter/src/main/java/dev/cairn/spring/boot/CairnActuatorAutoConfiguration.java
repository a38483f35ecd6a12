package dev.cairn.spring.boot;

import dev.cairn.migrate.Migrator;
import org.springframework.boot.actuate.autoconfigure.endpoint.condition.ConditionalOnAvailableEndpoint;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.health.autoconfigure.contributor.ConditionalOnEnabledHealthIndicator;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * With Actuator: the {@link CairnEndpoint} ({@code /actuator/cairn}, once exposed) and the {@link CairnHealthIndicator}
 * ({@code management.health.cairn.enabled}), for the {@link Migrator} bean.
 */
@AutoConfiguration(after = CairnAutoConfiguration.class)
public class CairnActuatorAutoConfiguration {

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(ConditionalOnAvailableEndpoint.class)
    @ConditionalOnAvailableEndpoint(CairnEndpoint.class)
    static class Endpoint {
        @Bean
        @ConditionalOnBean(Migrator.class)
        @ConditionalOnMissingBean
        CairnEndpoint cairnEndpoint(ApplicationContext context) {
            return new CairnEndpoint(context);
        }
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(ConditionalOnEnabledHealthIndicator.class)
    @ConditionalOnEnabledHealthIndicator("cairn")
    static class Health {
        @Bean
        @ConditionalOnBean(Migrator.class)
        @ConditionalOnMissingBean(name = "cairnHealthIndicator")
        CairnHealthIndicator cairnHealthIndicator(Migrator migrator) {
            return new CairnHealthIndicator(migrator);
        }
    }
}
