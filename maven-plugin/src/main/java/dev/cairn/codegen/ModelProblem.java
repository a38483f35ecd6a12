package dev.cairn.codegen;

/** The schema cannot be turned into classes as configured; the message says what to configure. */
public class ModelProblem extends RuntimeException {
    public ModelProblem(String message) {
        super(message);
    }
}
