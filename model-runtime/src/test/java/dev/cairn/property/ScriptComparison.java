package dev.cairn.property;

import java.util.Optional;

/**
 * A property class that runs a whole script both through Cairn's replay and on a real engine. {@link FirstDivergence}
 * calls it again on prefixes of a failing script to say which statement first makes the two disagree.
 */
interface ScriptComparison {

    /** The differences between the replayed model and the engine after the script, or empty when they agree. */
    Optional<String> differences(DdlScript script) throws Exception;
}
