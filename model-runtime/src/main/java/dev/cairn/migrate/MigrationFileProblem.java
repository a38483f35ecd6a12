package dev.cairn.migrate;

/** A mistake in the migration folder itself: a bad file name, a duplicate version, an empty file. */
public class MigrationFileProblem extends MigrationProblem {
    public MigrationFileProblem(String message) {
        super(message);
    }
}
