package vn.camket.web.service;

import jakarta.annotation.PostConstruct;
import java.io.IOException;
import java.nio.file.Files;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import vn.camket.index.IndexBuilder;
import vn.camket.index.IndexHolder;
import vn.camket.web.config.CamketProperties;

/**
 * Makes sure an index is served: at start-up the published index is opened, or built from the
 * corpus when it is missing or cannot be opened (corrupt); afterwards a newly published build
 * (from the indexer CLI) is picked up within seconds, without a restart.
 */
@Service
public class IndexLifecycle {
    private static final Logger log = LoggerFactory.getLogger(IndexLifecycle.class);

    private final IndexHolder holder;
    private final CamketProperties props;

    public IndexLifecycle(IndexHolder holder, CamketProperties props) {
        this.holder = holder;
        this.props = props;
    }

    @PostConstruct
    public void open() {
        try {
            if (holder.refresh()) {
                log.info("Serving index {}", holder.store().current().orElseThrow());
                return;
            }
            log.warn("No index under {}: building it from the corpus in {}", props.index().toAbsolutePath(), props.corpus().toAbsolutePath());
        } catch (IOException | RuntimeException e) {
            log.warn("The index under {} cannot be opened ({}): rebuilding it from the corpus in {}",
                    props.index().toAbsolutePath(), e.getMessage(), props.corpus().toAbsolutePath());
        }
        rebuild();
    }

    /** Builds a new index from the corpus and serves it; the previous one serves until then. */
    public synchronized void rebuild() {
        if (!Files.isDirectory(props.corpus())) {
            log.error("Corpus folder {} does not exist: no index can be built", props.corpus().toAbsolutePath());
            return;
        }
        try {
            long t0 = System.nanoTime();
            IndexBuilder.Report r = IndexBuilder.withDefaults().build(props.corpus(), holder.store(), f -> { });
            r.problems().forEach(p -> log.warn("Skipped: {}", p));
            holder.refresh();
            log.info("Index built: {} plans, {} records in {} ms ({})", r.plans(), r.records(),
                    (System.nanoTime() - t0) / 1_000_000, r.generation());
        } catch (IOException | RuntimeException e) {
            log.error("Index build failed; the previous index (if any) keeps serving", e);
        }
    }

    @Scheduled(fixedDelayString = "${camket.refresh-millis:3000}")
    public void pickUpNewBuilds() {
        try {
            holder.refresh();
        } catch (IOException | RuntimeException e) {
            log.warn("A newly published index could not be opened ({}); still serving the previous one", e.getMessage());
        }
    }
}
