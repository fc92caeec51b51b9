package vn.camket.parse;

/**
 * An agency found in a text: which one, where (word positions [start, end) in the text's folded
 * words), the punctuation just before it (";" or "," when it continues a list) and the folded
 * words around it, which tell a lead from a coordinating mention ("Các Sở: …", "… và các cơ quan"),
 * and the character where it starts in the folded text (about where it stands in the printed line).
 */
public record AgencyMention(Agency agency, int start, int end, String separatorBefore, String before, String after,
                            boolean abbreviationOnly, int charStart, String printedAs, int tailLines, int tailCharStart) {

    /**
     * A name on one line. A name a cell wraps onto later lines ({@code tailLines} of them) also
     * tells where its last piece starts there ({@code tailCharStart}): which column it is in on that line.
     */
    public AgencyMention(Agency agency, int start, int end, String separatorBefore, String before, String after,
                         boolean abbreviationOnly, int charStart, String printedAs) {
        this(agency, start, end, separatorBefore, before, after, abbreviationOnly, charStart, printedAs, 0, -1);
    }

    /** The name to show: the canonical name, or a renamed agency as printed with its new name in brackets. */
    public String name() {
        return printedAs != null ? printedAs : agency.name();
    }
}
