package vn.camket.lexicon;

import java.util.List;
import vn.camket.ocr.OcrChannel;

/**
 * The words the genre writes its deadlines in ("Thường xuyên, liên tục", "Hằng năm", "Quý II năm
 * 2026", "Trước ngày 15/3/2026", "Nhiệm vụ thường xuyên", "Sau khi … ban hành"), read through
 * the OCR channel: "thudng" is "thường", "Nhiémvu" is "nhiệm vụ", so the deadline grammar reads
 * the wording the OCR garbled without a pattern per garble.
 */
public final class DeadlineWords {
    /** The wordings of deadline cells, as the genre prints them. */
    private static final List<String> WORDINGS = List.of(
            "Thường xuyên, liên tục", "Nhiệm vụ thường xuyên", "Hằng năm", "Hàng năm", "Định kỳ hằng năm",
            "Quý", "Tháng", "Năm", "Trước ngày", "Trong tháng", "Trong năm", "Hoàn thành trong năm",
            "Giai đoạn", "Từ năm", "Sau khi ban hành", "Ngay sau khi", "và những năm tiếp theo");
    private static final LexiconReader READER = new LexiconReader(OcrChannel.bundled(), WORDINGS);

    private DeadlineWords() {}

    /** The text with each garbled token read as the deadline word it likely is ({@link LexiconReader#readText}). */
    public static String read(String text) {
        return READER.readText(text);
    }
}
