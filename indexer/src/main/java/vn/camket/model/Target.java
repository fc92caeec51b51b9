package vn.camket.model;

import java.util.List;

/** One indicator target: a row of an indicator table or a numeric target bullet. */
public record Target(
        String id,
        String plan,
        String source,
        String horizon,
        String row,
        String indicator,
        String unit,
        TargetValue value,
        List<String> lead,
        String theme,
        int[] lines) {}
