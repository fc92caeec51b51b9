package vn.camket.search;

/** One value of a facet with the number of hits it would give. */
public record FacetValue(String value, long count) {}
