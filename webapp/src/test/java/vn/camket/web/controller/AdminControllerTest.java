package vn.camket.web.controller;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import vn.camket.index.IndexHolder;
import vn.camket.index.IndexStore;
import vn.camket.web.config.CamketProperties;
import vn.camket.web.service.IndexLifecycle;

/** The rebuild endpoint: absent without a configured token, refused without the right one. */
class AdminControllerTest {
    final AtomicInteger rebuilds = new AtomicInteger();

    AdminController controller(String token) {
        CamketProperties props = new CamketProperties(Path.of("corpus"), Path.of("none"), 10, 0, token);
        IndexLifecycle lifecycle = new IndexLifecycle(new IndexHolder(new IndexStore(Path.of("none"))), props) {
            @Override
            public synchronized void rebuild() {
                rebuilds.incrementAndGet();
            }
        };
        return new AdminController(props, lifecycle);
    }

    @Test
    void offWithoutAConfiguredToken() {
        assertThat(controller(null).rebuild("anything").getStatusCode().value()).isEqualTo(404);
        assertThat(controller("").rebuild("").getStatusCode().value()).isEqualTo(404);
    }

    @Test
    void refusesAMissingOrWrongToken() {
        AdminController c = controller("s3cret");
        assertThat(c.rebuild(null).getStatusCode().value()).isEqualTo(403);
        assertThat(c.rebuild("guess").getStatusCode().value()).isEqualTo(403);
    }

    @Test
    void acceptsTheRightToken() throws Exception {
        assertThat(controller("s3cret").rebuild("s3cret").getStatusCode().value()).isEqualTo(202);
        for (int i = 0; i < 50 && rebuilds.get() == 0; i++) Thread.sleep(20);
        assertThat(rebuilds.get()).isEqualTo(1);
    }
}
