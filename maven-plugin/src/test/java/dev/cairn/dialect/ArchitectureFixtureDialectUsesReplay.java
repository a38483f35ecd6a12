package dev.cairn.dialect;

import dev.cairn.replay.Replayer;

/** For ArchitectureTest only: the dialect layer reaching up into replay (the dialect ↔ replay cycle). */
class ArchitectureFixtureDialectUsesReplay {
    Replayer replayer;
}
