package dev.cairn.property;

import net.jqwik.api.lifecycle.AddLifecycleHook;
import net.jqwik.api.lifecycle.AroundPropertyHook;
import net.jqwik.api.lifecycle.PropertyExecutionResult;
import net.jqwik.api.lifecycle.PropertyExecutor;
import net.jqwik.api.lifecycle.PropertyLifecycleContext;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * How many tries a property runs: {@link #ci()} when the environment says {@code CI=true}, {@link #local()} otherwise,
 * so a developer's {@code mvn test} stays quick while CI searches harder. {@code -Dcairn.property.tries=N} overrides
 * both (e.g. for a long local soak).
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
@AddLifecycleHook(TriesByEnvironment.Hook.class)
@interface TriesByEnvironment {
    int local();

    int ci();

    final class Hook implements AroundPropertyHook {
        @Override
        public PropertyExecutionResult aroundProperty(PropertyLifecycleContext context, PropertyExecutor property) {
            context.findAnnotation(TriesByEnvironment.class).ifPresent(a -> context.attributes().setTries(tries(a)));
            return property.execute();
        }

        static int tries(TriesByEnvironment a) {
            String override = System.getProperty("cairn.property.tries");
            if (override != null && !override.isBlank()) return Integer.parseInt(override.trim());
            return isCi() ? a.ci() : a.local();
        }

        static boolean isCi() {
            return "true".equalsIgnoreCase(System.getenv("CI"));
        }

        @Override
        public int aroundPropertyProximity() {
            return -100; // outermost, before the property starts generating
        }
    }
}
