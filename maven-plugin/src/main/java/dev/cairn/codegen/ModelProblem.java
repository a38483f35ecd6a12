package dev.cairn.codegen;

import dev.cairn.sql.CairnProblem;

/** The schema cannot be turned into classes as configured; the message says what to configure. */
public class ModelProblem extends CairnProblem {
    public ModelProblem(String message) {
        super(message);
    }
}
