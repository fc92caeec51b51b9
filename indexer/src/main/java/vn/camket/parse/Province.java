package vn.camket.parse;

/** A province or centrally-run city, with the unit it belongs to since the 1/7/2025 merger. */
public record Province(String name, String kind, String today) {}
