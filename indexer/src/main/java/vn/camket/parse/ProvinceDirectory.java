package vn.camket.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.camket.ocr.OcrChannel;
import vn.camket.text.Fold;
import vn.camket.text.Similarity;

/** The provinces from {@code data/provinces.tsv}, found in OCR text by fuzzy name matching. */
public final class ProvinceDirectory {
    private static final OcrChannel CHANNEL = OcrChannel.bundled();
    private final List<Province> provinces;
    private final List<String> skeletons;

    public ProvinceDirectory(List<Province> provinces) {
        this.provinces = List.copyOf(provinces);
        this.skeletons = provinces.stream().map(p -> Similarity.skeleton(Fold.fold(p.name()))).toList();
    }

    public static ProvinceDirectory load() {
        List<Province> list = new ArrayList<>();
        for (String line : DataFiles.lines("provinces.tsv")) {
            String[] f = line.split("\t");
            list.add(new Province(f[0].trim(), f[1].trim(), f[2].trim()));
        }
        return new ProvinceDirectory(list);
    }

    public List<Province> all() {
        return provinces;
    }

    /**
     * The province whose name the given words start with (1 to 4 folded words), if any. Several
     * names are often within the edit budget of a garbled one ("ninh binh" of Ninh Bình and of
     * Bình Định, whose skeletons differ by one letter): the longest name that fits wins, and among
     * names of that length the one the OCR channel finds likeliest to have been printed as these
     * words, not the first in the list.
     */
    public Optional<Province> matchPrefix(List<String> words) {
        Province best = null;
        int bestLen = 0;
        double bestScore = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < provinces.size(); i++) {
            String sk = skeletons.get(i);
            int n = sk.split(" ").length;
            if (words.size() < n || n < bestLen) continue;
            String printed = String.join(" ", words.subList(0, n));
            if (!Similarity.closeEnough(Similarity.skeleton(printed), sk)) continue;
            double score = CHANNEL.logProb(printed, provinces.get(i).name().toLowerCase(java.util.Locale.ROOT));
            if (n > bestLen || score > bestScore) {
                best = provinces.get(i);
                bestLen = n;
                bestScore = score;
            }
        }
        return Optional.ofNullable(best);
    }

    public Optional<Province> byName(String name) {
        String f = Fold.fold(name);
        return provinces.stream().filter(p -> Fold.fold(p.name()).equals(f)).findFirst();
    }
}
