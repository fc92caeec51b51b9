package vn.camket.web.config;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings ({@code camket.*}): the corpus folder, the index root, how many rows an export may
 * hold, how many search answers are kept per index version ({@code search-answers-kept}, 0 for
 * none), and the admin token that enables state-changing endpoints (none when unset).
 */
@ConfigurationProperties(prefix = "camket")
public record CamketProperties(
        @DefaultValue("corpus") Path corpus,
        @DefaultValue("data/index") Path index,
        @DefaultValue("5000") int exportCap,
        @DefaultValue("500") int searchAnswersKept,
        String adminToken) {}
