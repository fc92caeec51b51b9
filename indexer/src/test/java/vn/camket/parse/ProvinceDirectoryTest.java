package vn.camket.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ProvinceDirectoryTest {
    private final ProvinceDirectory provinces = ProvinceDirectory.load();

    private String read(String foldedWords) {
        return provinces.matchPrefix(List.of(foldedWords.split(" "))).map(Province::name).orElse(null);
    }

    @Test
    void namesWithinOneLetterOfEachOtherAreToldApartByTheChannel() {
        // "binh" and "dinh" share a skeleton (a capital Đ is often read as B): both names fit, the closer reading wins
        assertThat(read("ninh binh ngay")).isEqualTo("Ninh Bình");
        assertThat(read("binh dinh ngay")).isEqualTo("Bình Định");
        assertThat(read("quang ninh ban")).isEqualTo("Quảng Ninh");
        assertThat(read("quang binh ban")).isEqualTo("Quảng Bình");
    }

    @Test
    void aGarbledNameIsStillRead() {
        assertThat(read("pong thap")).isEqualTo("Đồng Tháp");
        assertThat(read("nlnh binh")).isEqualTo("Ninh Bình");
        assertThat(read("xyz abc")).isNull();
    }
}
