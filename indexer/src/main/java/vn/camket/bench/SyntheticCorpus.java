package vn.camket.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import vn.camket.model.Clause;
import vn.camket.model.Deadline;
import vn.camket.model.ParsedPlan;
import vn.camket.model.Plan;
import vn.camket.model.Target;
import vn.camket.model.TaskRow;
import vn.camket.parse.Province;

/**
 * Plans for many provinces made from the real parsed records, deterministic from a seed: clauses,
 * tasks and targets recombined from all plans, agencies and deadline years varied, and OCR-style
 * noise (accented letters read as digits or signs) added to a share of the words.
 */
public final class SyntheticCorpus {
    /** Accented letters and what these scans print for them. */
    private static final String[][] NOISE = {{"ô", "6"}, {"ố", "6"}, {"ơ", "&"}, {"ớ", "é"}, {"ư", "ir"}, {"ê", "€"}, {"ệ", "¢"},
            {"đ", "d"}, {"Đ", "P"}, {"ộ", "9"}, {"ả", "4"}, {"ấ", "4"}, {"ữ", "ii"}, {"ở", "&"}};

    private final List<ParsedPlan> real;
    private final List<Province> provinces;
    private final double noiseRate;

    /** @param noiseRate share of words given an OCR slip (the OCR plans here have about 0.16–0.20 non-syllables) */
    public SyntheticCorpus(List<ParsedPlan> real, List<Province> provinces, double noiseRate) {
        this.real = real;
        this.provinces = provinces;
        this.noiseRate = noiseRate;
    }

    /** About {@code records} records in plans of the given size, one province after another. */
    public List<ParsedPlan> generate(int records, int recordsPerPlan, long seed) {
        Random rnd = new Random(seed);
        List<Clause> clauses = new ArrayList<>();
        List<TaskRow> tasks = new ArrayList<>();
        List<Target> targets = new ArrayList<>();
        for (ParsedPlan p : real) {
            clauses.addAll(p.clauses());
            tasks.addAll(p.tasks());
            targets.addAll(p.targets());
        }
        int pool = clauses.size() + tasks.size() + targets.size();
        List<ParsedPlan> out = new ArrayList<>();
        int made = 0;
        for (int n = 0; made < records; n++) {
            Province prov = provinces.get(n % provinces.size());
            int year = 2025 + rnd.nextInt(3);
            String date = String.format("%d-%02d-%02d", year, 1 + rnd.nextInt(12), 1 + rnd.nextInt(28));
            String number = (n + 1) + "/KH-UBND";
            String id = (n + 1) + "-kh-ubnd-" + date;
            Plan plan = new Plan(id, prov.name(), prov.today(), number, date, "Kế hoạch thực hiện Nghị quyết 57-NQ/TW (tổng hợp " + n + ")",
                    "Ủy ban nhân dân " + prov.kind() + " " + prov.name(), "synthetic-" + n + ".txt");
            List<Clause> cs = new ArrayList<>();
            List<TaskRow> ts = new ArrayList<>();
            List<Target> gs = new ArrayList<>();
            int size = Math.min(recordsPerPlan, records - made);
            for (int k = 0; k < size; k++) {
                int pick = rnd.nextInt(pool);
                int line = k + 1;
                if (pick < clauses.size()) {
                    Clause c = clauses.get(pick);
                    cs.add(new Clause(id + ":c:" + k, id, plan.source(), c.path(), c.headings(), noisy(c.text(), rnd), new int[] {line, line}, c.theme()));
                } else if (pick < clauses.size() + tasks.size()) {
                    TaskRow t = tasks.get(pick - clauses.size());
                    TaskRow other = tasks.get(rnd.nextInt(tasks.size()));
                    ts.add(new TaskRow(id + ":t:" + k, id, plan.source(), t.appendix(), t.group(), Integer.toString(k + 1), noisy(t.task(), rnd),
                            other.lead(), other.leadRaw(), t.coordinating(), t.coordinatingRaw(), t.result(), shift(t.deadline(), year - 2025),
                            t.note(), t.theme(), new int[] {line, line}));
                } else {
                    Target g = targets.get(pick - clauses.size() - tasks.size());
                    gs.add(new Target(id + ":g:" + k, id, plan.source(), g.horizon(), g.row(), noisy(g.indicator(), rnd), g.unit(), g.value(),
                            g.lead(), g.theme(), new int[] {line, line}));
                }
            }
            made += size;
            out.add(new ParsedPlan(plan, cs, ts, gs));
        }
        return out;
    }

    private String noisy(String text, Random rnd) {
        if (text == null || noiseRate <= 0) return text;
        String[] words = text.split(" ");
        for (int i = 0; i < words.length; i++) {
            if (rnd.nextDouble() >= noiseRate) continue;
            for (String[] n : NOISE) {
                if (words[i].contains(n[0])) {
                    words[i] = words[i].replaceFirst(n[0], n[1]);
                    break;
                }
            }
        }
        return String.join(" ", words);
    }

    private static Deadline shift(Deadline d, int years) {
        if (d == null || years == 0 || d.kind() != Deadline.Kind.dated || d.date() == null) return d;
        int y = Integer.parseInt(d.date().substring(0, 4)) + years;
        return new Deadline(d.raw(), d.kind(), y + d.date().substring(4), null, null);
    }
}
