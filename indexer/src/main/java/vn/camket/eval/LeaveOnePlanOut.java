package vn.camket.eval;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.camket.model.ParsedPlan;
import vn.camket.model.Target;
import vn.camket.model.TaskRow;
import vn.camket.parse.CorpusParser;
import vn.camket.text.PlanFileException;
import vn.camket.text.SourceText;
import vn.camket.text.SourceTextLoader;

/**
 * Held-out extraction figures: each judged plan is parsed by a parser fitted ({@link ParserFit})
 * on the other plans of the corpus only, then scored against the gold like the ordinary run. When
 * the parser fits nothing from the corpus the figures equal the ordinary ones by construction;
 * they are computed all the same, so that they stay honest the day it does.
 */
public final class LeaveOnePlanOut {
    private LeaveOnePlanOut() {}

    public static Map<String, ExtractionEvaluator.Score> evaluate(Path corpus, Path gold, ParserFit fit) throws IOException {
        SourceTextLoader loader = new SourceTextLoader();
        List<SourceText> texts = new ArrayList<>();
        for (Path f : CorpusParser.planFiles(corpus)) {
            try {
                texts.add(loader.load(f));
            } catch (PlanFileException e) {
                // a file the corpus walk would skip is neither trained on nor scored
            }
        }
        Set<String> judged = ExtractionEvaluator.goldDocs(gold);
        List<TaskRow> tasks = new ArrayList<>();
        List<Target> targets = new ArrayList<>();
        for (SourceText held : texts) {
            if (!judged.contains(held.source())) continue;
            List<SourceText> training = texts.stream().filter(t -> t != held).toList();
            try {
                ParsedPlan p = fit.fit(training).parse(held);
                tasks.addAll(p.tasks());
                targets.addAll(p.targets());
            } catch (RuntimeException e) {
                // scored as a plan with no rows, as the corpus walk would skip it
            }
        }
        return new ExtractionEvaluator().evaluate(tasks, targets, gold, null);
    }
}
