package vn.camket.model;

import com.fasterxml.jackson.annotation.JsonInclude;

/** A target's value as printed, plus its comparator (≥, >, ≤, <, =) and number where there is one. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TargetValue(String raw, String comparator, Double number) {}
