package vn.camket.parse;

import java.util.List;

/** One of the seven pillars of Resolution 57-NQ/TW, with the folded phrases that signal it. */
public record Theme(String id, String labelVi, String labelEn, List<String> keywords) {}
