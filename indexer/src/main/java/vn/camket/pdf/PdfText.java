package vn.camket.pdf;

import java.util.ArrayList;
import java.util.List;
import vn.camket.text.Fold;
import vn.camket.text.PageBox;
import vn.camket.text.SourceText;

/** A PDF's pages as a plan text: lines rebuilt from boxes, tables as pipe rows, each line with its page. */
public final class PdfText {
    private PdfText() {}

    public static SourceText of(String name, List<PageWords> pages) {
        List<List<Line>> lines = new ArrayList<>();
        for (PageWords p : pages) {
            // pages cached before rereads were dropped still hold them
            PageWords once = new PageWords(p.number(), p.width(), p.height(), LostText.withoutRereads(p.words()), p.source(), p.error());
            lines.add(LineBuilder.lines(once));
        }
        List<String> text = new ArrayList<>();
        List<Integer> pageOf = new ArrayList<>();
        List<PageBox> boxes = new ArrayList<>();
        java.util.Map<Integer, PageWords> byNumber = new java.util.HashMap<>();
        for (PageWords p : pages) byNumber.put(p.number(), p);
        boolean[] ocr = new boolean[pages.size() + 1];
        for (PageWords p : pages) if (p.number() <= pages.size()) ocr[p.number()] = "ocr".equals(p.source());
        for (PageLine l : TableRebuilder.rebuild(pages, lines)) {
            String t = Fold.normalizeText(l.text());
            text.add(l.page() < ocr.length && ocr[l.page()] ? CaseRepair.line(t) : t);
            pageOf.add(l.page());
            PageWords p = byNumber.get(l.page());
            boxes.add(l.box() == null || p == null ? null
                    : PageBox.ofPixels(l.box().left(), l.box().top(), l.box().right(), l.box().bottom(), p.width(), p.height()));
        }
        return new SourceText(name, List.copyOf(text), List.copyOf(pageOf), java.util.Collections.unmodifiableList(boxes));
    }
}
