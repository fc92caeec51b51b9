package vn.camket.search;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.camket.parse.DataFiles;
import vn.camket.text.Fold;

/**
 * Abbreviations plans use for what they also write out ("CNTT" / "công nghệ thông tin", "IOC" /
 * "trung tâm … điều hành thông minh"), from {@code data/abbreviations.tsv}, in folded syllables.
 */
final class Abbreviations {
    /** An abbreviation and the syllables it stands for. */
    record Entry(String abbreviation, List<String> expansion) {}

    private final Map<String, Entry> byAbbreviation = new HashMap<>();
    private final List<Entry> entries = new ArrayList<>();

    Abbreviations(List<String> lines) {
        for (String line : lines) {
            String[] f = line.split("\t");
            if (f.length < 2) continue;
            Entry e = new Entry(Fold.fold(f[0]).strip(), List.of(Fold.fold(f[1]).strip().split("\\s+")));
            entries.add(e);
            byAbbreviation.put(e.abbreviation(), e);
        }
    }

    /**
     * The last merge, by the learned map's identity: an index's syllable model holds one map, and
     * every search asks for the same merge again.
     */
    private volatile Merged merged;

    private record Merged(Map<String, List<String>> learned, Abbreviations with) {}

    private Abbreviations() {}

    /**
     * These abbreviations and, after them, those a corpus defines ({@code learned}: folded
     * abbreviation to folded syllables) that this list does not hold.
     */
    Abbreviations with(Map<String, List<String>> learned) {
        if (learned.isEmpty()) return this;
        Merged last = merged;
        if (last != null && last.learned() == learned) return last.with();
        Abbreviations out = new Abbreviations();
        out.entries.addAll(entries);
        out.byAbbreviation.putAll(byAbbreviation);
        learned.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> {
            if (out.byAbbreviation.containsKey(e.getKey()) || e.getValue().size() < 2) return;
            Entry x = new Entry(e.getKey(), List.copyOf(e.getValue()));
            out.entries.add(x);
            out.byAbbreviation.put(x.abbreviation(), x);
        });
        merged = new Merged(learned, out);
        return out;
    }


    static Abbreviations load() {
        return new Abbreviations(DataFiles.lines("abbreviations.tsv"));
    }

    /** The entry whose abbreviation this syllable is, or null. */
    Entry abbreviation(String token) {
        return byAbbreviation.get(token);
    }

    /** The entry whose expansion, written out in the words, covers words[at], or null. */
    Entry within(List<String> words, int at) {
        for (Entry e : entries) {
            List<String> x = e.expansion();
            for (int from = Math.max(0, at - x.size() + 1); from <= at && from + x.size() <= words.size(); from++) {
                if (words.subList(from, from + x.size()).equals(x)) return e;
            }
        }
        return null;
    }
}
