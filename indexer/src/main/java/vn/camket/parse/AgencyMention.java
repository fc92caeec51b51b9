package vn.camket.parse;

/** An agency found in a cell: which one, and where in the cell's matching form it stood. */
public record AgencyMention(Agency agency, int start, int end) {}
