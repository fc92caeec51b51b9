package vn.camket.model;

/** One plan: its metadata as found in its text (never from the file name). */
public record Plan(
        String id,
        String province,
        String provinceToday,
        String number,
        String date,
        String title,
        String issuer,
        String source) {}
