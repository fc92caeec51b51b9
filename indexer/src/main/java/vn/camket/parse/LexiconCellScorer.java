package vn.camket.parse;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.camket.table.CellScorer;
import vn.camket.table.ColumnKind;
import vn.camket.text.Fold;

/**
 * Fits a cell's text to a column by what each column of the genre holds: agency names in the lead
 * and coordinating columns (the agency lexicon), dates and periods in the deadline column (the
 * deadline grammar), a deliverable's noun opening the result ({@code data/result-nouns.txt}),
 * references to other documents in the note, and sentences opening with a task verb in the task.
 */
final class LexiconCellScorer implements CellScorer {
    private static final Pattern DOCUMENT_NUMBER = Pattern.compile("\\b\\d{1,4}\\s*/\\s*(\\d{4}/)?[a-z]{1,4}(-[a-z]{1,6})+\\b|\\(stt\\s*\\d");
    private final AgencyDirectory agencies;
    private final TaskOpeners openers;
    private final List<String> resultNouns;

    LexiconCellScorer(AgencyDirectory agencies, TaskOpeners openers) {
        this.agencies = agencies;
        this.openers = openers;
        this.resultNouns = DataFiles.lines("result-nouns.txt").stream().map(l -> Fold.fold(l.strip())).toList();
    }

    @Override
    public double score(String text, ColumnKind column) {
        return features(text).fit(column);
    }

    @Override
    public double[] scores(String text, List<ColumnKind> columns) {
        Features f = features(text);
        double[] out = new double[columns.size()];
        for (int c = 0; c < out.length; c++) out[c] = f.fit(columns.get(c));
        return out;
    }

    /** What the lexicons read in a cell's text, once per text. */
    private record Features(int w, double agency, double deadline, boolean note, boolean result, boolean opener, boolean general) {
        double fit(ColumnKind column) {
            return switch (column) {
                case TASK -> (opener ? 2 : 0) + Math.min(w, 24) / 6.0 - 4 * agency - 3 * deadline - (note ? 1 : 0);
                case LEAD -> 6 * agency - 2.5 - (general ? 0.5 : 0) - Math.max(0, w - 14) / 4.0;
                case COORD -> 6 * agency - 2.5 + (general ? 0.5 : 0) - Math.max(0, w - 24) / 4.0;
                case LEAD_COORD -> 6 * agency - 2.5 - Math.max(0, w - 24) / 4.0;
                case DEADLINE -> 6 * deadline - 2.5 - (note && deadline < 0.5 ? 1 : 0);
                case RESULT -> (result ? 2 : -0.5) - 3 * agency - 3 * deadline - Math.max(0, w - 14) / 4.0;
                case NOTE -> (note ? 2.5 : -1) - 2 * agency - Math.max(0, w - 20) / 4.0;
                default -> -1.5;
            };
        }
    }

    private Features features(String text) {
        String folded = Fold.ocrFold(text);
        String[] words = folded.replaceAll("[^a-z0-9&/]+", " ").strip().split(" ");
        int w = Math.max(1, words.length);
        double agency = Math.min(1, agencyWords(text) / (double) w);
        // deadline words as the OCR channel reads them ("thudng xuyén")
        double deadline = deadlineShare(Fold.ocrFold(vn.camket.lexicon.DeadlineWords.read(text)));
        boolean note = DeadlineCells.NOTE_START.matcher(folded).find() || DOCUMENT_NUMBER.matcher(folded).find();
        boolean result = resultNouns.stream().anyMatch(folded::startsWith);
        boolean opener = openers.opens(text);
        boolean general = folded.startsWith("cac ");
        return new Features(w, agency, deadline, note, result, opener, general);
    }

    /** Whether the text names no agency and no deadline: nothing of the columns right of the task's. */
    boolean namesNoCell(String text) {
        return agencyWords(text) == 0 && deadlineShare(Fold.ocrFold(vn.camket.lexicon.DeadlineWords.read(text))) == 0;
    }

    /** How many of the text's words belong to agency names. */
    private int agencyWords(String text) {
        int n = 0;
        for (AgencyMention m : agencies.find(text)) n += m.end() - m.start();
        return n;
    }

    /** Share of the text's letters and digits inside deadline wordings. */
    private static double deadlineShare(String folded) {
        int total = folded.replaceAll("[^a-z0-9]", "").length();
        if (total == 0) return 0;
        int in = 0;
        Matcher m = DeadlineCells.DEADLINE_WORDS.matcher(folded);
        while (m.find()) in += m.group().replaceAll("[^a-z0-9]", "").length();
        return Math.min(1, in / (double) total);
    }
}
