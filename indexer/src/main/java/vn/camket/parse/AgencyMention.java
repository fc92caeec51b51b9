package vn.camket.parse;

/**
 * An agency found in a text: which one, where (word positions [start, end) in the text's folded
 * words), the punctuation just before it (";" or "," when it continues a list) and the folded
 * words around it, which tell a lead from a coordinating mention ("Các Sở: …", "… và các cơ quan"),
 * and the character where it starts in the folded text (about where it stands in the printed line).
 */
public record AgencyMention(Agency agency, int start, int end, String separatorBefore, String before, String after,
                            boolean abbreviationOnly, int charStart, String printedAs) {

    /** The name to show: the canonical name, or a renamed agency as printed with its new name in brackets. */
    public String name() {
        return printedAs != null ? printedAs : agency.name();
    }
}
