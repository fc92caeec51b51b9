package vn.camket.parse;

/** An agency as listed in {@code data/agencies.tsv}: its canonical name and today's agency after the 2025 mergers. */
public record Agency(String name, String today) {}
