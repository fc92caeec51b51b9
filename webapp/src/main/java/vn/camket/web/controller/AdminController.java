package vn.camket.web.controller;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import vn.camket.web.config.CamketProperties;
import vn.camket.web.service.IndexLifecycle;

/**
 * The only endpoint that changes state: a rebuild of the index from the corpus. It does not exist
 * (404) unless {@code camket.admin-token} is configured, and refuses (403) a request without that
 * token in {@code X-Admin-Token}.
 */
@RestController
public class AdminController {
    private final CamketProperties props;
    private final IndexLifecycle lifecycle;

    public AdminController(CamketProperties props, IndexLifecycle lifecycle) {
        this.props = props;
        this.lifecycle = lifecycle;
    }

    @PostMapping("/admin/rebuild")
    public ResponseEntity<Map<String, String>> rebuild(@RequestHeader(name = "X-Admin-Token", required = false) String token) {
        String expected = props.adminToken();
        if (expected == null || expected.isBlank()) return ResponseEntity.status(HttpStatus.NOT_FOUND).build();
        if (token == null || !MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8), token.getBytes(StandardCharsets.UTF_8))) {
            return ResponseEntity.status(HttpStatus.FORBIDDEN).body(Map.of("error", "admin token required"));
        }
        CompletableFuture.runAsync(lifecycle::rebuild);
        return ResponseEntity.accepted().body(Map.of("status", "rebuild started"));
    }
}
