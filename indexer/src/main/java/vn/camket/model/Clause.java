package vn.camket.model;

import java.util.List;

/** A numbered, lettered, bulleted or plain paragraph unit of a plan's body. */
public record Clause(
        String id,
        String plan,
        String source,
        List<String> path,
        List<String> headings,
        String text,
        int[] lines,
        String theme) {}
