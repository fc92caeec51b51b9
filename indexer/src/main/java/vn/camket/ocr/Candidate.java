package vn.camket.ocr;

/** An intended form for a printed one, with log P(printed | intended) (natural log). */
public record Candidate(String text, double logProb) {}
