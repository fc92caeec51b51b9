package vn.camket.parse;

/** An appendix of a plan: its label ("I", "2", or "" when unreadable) and its line range [from, to), 0-based. */
public record Appendix(String label, int from, int to) {}
