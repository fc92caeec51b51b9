package vn.camket.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class PageBoxTest {
    @Test
    void pixelsBecomeSharesOfThePageClampedToIt() {
        PageBox b = PageBox.ofPixels(100, 200, 1100, 260, 2000, 4000);
        assertThat(b).isEqualTo(new PageBox(0.05, 0.05, 0.55, 0.065));
        assertThat(PageBox.ofPixels(-5, 10, 2100, 20, 2000, 4000)).isEqualTo(new PageBox(0, 0.0025, 1, 0.005));
        assertThat(PageBox.ofPixels(1, 1, 2, 2, 0, 0)).as("a page of no size").isNull();
        assertThat(PageBox.ofPixels(5, 1, 2, 2, 100, 100)).as("a box turned inside out").isNull();
        assertThatThrownBy(() -> new PageBox(0.5, 0, 0.4, 1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void encodedBoxesComeBackLineForLineWithLinesWithoutOne() {
        List<PageBox> boxes = Arrays.asList(new PageBox(0.1, 0.2, 0.9, 0.25), null, new PageBox(0, 0, 1, 1));
        String encoded = PageBox.encode(boxes);
        assertThat(encoded).isEqualTo("1000,2000,9000,2500 - 0,0,10000,10000");
        assertThat(PageBox.decode(encoded)).isEqualTo(boxes);
        assertThat(PageBox.decode(null)).isEmpty();
        assertThat(PageBox.decode("  ")).isEmpty();
        // a damaged part is a line without a box, and the lines after it keep their places
        assertThat(PageBox.decode("1,2,3 x,y,z,w 9000,1,8000,2 0,0,1,1")).containsExactly(null, null, null, new PageBox(0, 0, 0.0001, 0.0001));
    }

    @Test
    void aRecordsBoxIsTheUnionOfItsLinesOnThePageAsked() {
        List<PageBox> boxes = Arrays.asList(new PageBox(0.1, 0.10, 0.5, 0.12), null, new PageBox(0.3, 0.13, 0.9, 0.15),
                new PageBox(0.1, 0.05, 0.2, 0.07));
        int[] pageOfLine = {0, 1, 1, 1, 2};
        assertThat(PageBox.union(boxes, 1, 4, line -> pageOfLine[line] == 1)).isEqualTo(new PageBox(0.1, 0.10, 0.9, 0.15));
        assertThat(PageBox.union(boxes, 2, 4, line -> pageOfLine[line] == 2)).isEqualTo(new PageBox(0.1, 0.05, 0.2, 0.07));
        assertThat(PageBox.union(boxes, 2, 2, line -> true)).as("a line without a box").isNull();
        assertThat(PageBox.union(boxes, 0, 99, line -> pageOfLine[line] == 1)).as("lines past the text's ends").isNotNull();
        assertThat(PageBox.union(boxes, 1, 4, line -> false)).isNull();
    }

    @Test
    void aGrownBoxStaysOnThePage() {
        assertThat(new PageBox(0.01, 0.5, 0.6, 0.995).grown(0.02)).isEqualTo(new PageBox(0, 0.48, 0.62, 1));
    }
}
