package vn.camket.parse;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TaskOpenersTest {
    private final TaskOpeners openers = TaskOpeners.load();

    @Test
    void recognisesOpenersThroughOcrSlips() {
        assertThat(openers.opens("Xây dựng kế hoạch chuyển đổi số")).isTrue();
        assertThat(openers.opens("X4y dyng chuong trinh")).isTrue();
        assertThat(openers.opens("T chirc ung dung tri tué nhan tao")).isTrue();
    }

    @Test
    void readsALeadingPAsTheDThatTheOcrLost() {
        assertThat(openers.opens("pé ngh1 cac doanh nghlep cung cap chir ky s6")).isTrue();
        assertThat(openers.opens("Pay manh phat trién ha tang s6")).isTrue();
        // "ph" is a Vietnamese onset: a sentence going on in lower case opens no task
        assertThat(openers.opens("phat huy, ton trong quyén tu chu trong hoat")).isFalse();
        assertThat(openers.opens("xây dựng kế hoạch")).isFalse();
        // and a lower-case "b" for "Đ" ("bay mạnh"), unless an opener starts with that very word ("ban hành")
        assertThat(openers.opens("bay manh két ndi, chia sé dir liéu")).isTrue();
        assertThat(openers.opens("ban hanh cac quy dinh va hudng dan")).isFalse();
    }

    @Test
    void readsAnOpenersWordsThroughTheOcrChannel() {
        // "ư" printed "tr" and "ức" printed "ttc": misreadings the channel finds likely, no rule for either
        assertThat(openers.opens("Stra d6i quy dinh ve quan ly du lieu")).isTrue();
        assertThat(openers.opens("T6 chttc hoi nghi tong ket")).isTrue();
        // prose that opens with no opener's words stays prose
        assertThat(openers.opens("Cac so, ban, nganh phoi hop")).isFalse();
    }
}
