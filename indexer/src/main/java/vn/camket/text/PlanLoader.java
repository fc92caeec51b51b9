package vn.camket.text;

import java.nio.file.Path;

/** Reads one plan file into its text, or refuses it by name with the reason. */
public interface PlanLoader {
    SourceText load(Path file) throws PlanFileException;
}
