package vn.camket.search;

/** A record or plan as stored in the index: its type ("clause", "task", "target" or "plan") and its JSON. */
public record StoredRecord(String id, String type, String json) {}
