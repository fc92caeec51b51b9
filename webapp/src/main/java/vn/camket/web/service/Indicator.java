package vn.camket.web.service;

/** An indicator compared across provinces: its id, labels, and the search that finds its targets in any wording. */
public record Indicator(String id, String labelVi, String labelEn, String query) {}
