package vn.camket.pdf;

/** One line of the text made from a PDF, with the 1-based page it stands on. */
public record PageLine(String text, int page) {}
