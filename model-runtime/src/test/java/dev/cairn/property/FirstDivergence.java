package dev.cairn.property;

import net.jqwik.api.lifecycle.AroundPropertyHook;
import net.jqwik.api.lifecycle.PropagationMode;
import net.jqwik.api.lifecycle.PropertyExecutionResult;
import net.jqwik.api.lifecycle.PropertyExecutor;
import net.jqwik.api.lifecycle.PropertyLifecycleContext;

import java.util.List;
import java.util.Optional;

/**
 * After a property of a {@link ScriptComparison} failed and jqwik shrank the script, replays its prefixes to find the
 * first statement after which the replayed model and the engine disagree, and adds that to the failure message.
 * Done once per failing property (not during shrinking), so it may afford one engine run per statement.
 */
final class FirstDivergence implements AroundPropertyHook {

    @Override
    public PropertyExecutionResult aroundProperty(PropertyLifecycleContext context, PropertyExecutor property) throws Throwable {
        PropertyExecutionResult result = property.execute();
        if (result.status() != PropertyExecutionResult.Status.FAILED) return result;
        if (!(context.testInstance() instanceof ScriptComparison comparison)) return result;
        Optional<DdlScript> script = result.falsifiedParameters().flatMap(parameters -> parameters.stream()
                .filter(DdlScript.class::isInstance).map(DdlScript.class::cast).findFirst());
        if (script.isEmpty()) return result;
        Throwable original = result.throwable().orElse(null);
        String message = (original == null ? "" : original.getMessage()) + "\n\n" + explain(comparison, script.get());
        return result.mapToFailed(new AssertionError(message, original));
    }

    static String explain(ScriptComparison comparison, DdlScript script) {
        List<String> statements = script.statements();
        for (int k = 1; k <= statements.size(); k++) {
            try {
                Optional<String> differences = comparison.differences(new DdlScript(script.dialect(), statements.subList(0, k), -1));
                if (differences.isPresent())
                    return "First divergence after statement " + k + ":\n    " + statements.get(k - 1).replace("\n", "\n    ")
                            + "\n" + differences.get();
            } catch (Exception e) {
                return "First divergence after statement " + k + ": " + e;
            }
        }
        return "(no prefix of the shrunk script diverges on its own)";
    }

    @Override
    public PropagationMode propagateTo() {
        return PropagationMode.DIRECT_DESCENDANTS; // registered on the class, wraps each of its properties
    }

    @Override
    public int aroundPropertyProximity() {
        return -50;
    }
}
