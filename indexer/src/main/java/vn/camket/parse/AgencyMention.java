package vn.camket.parse;

/**
 * An agency found in a text: which one, where (word positions [start, end) in the text's folded
 * words), the punctuation just before it (";" or "," when it continues a list) and the folded
 * words around it, which tell a lead from a coordinating mention ("Các Sở: …", "… và các cơ quan").
 */
public record AgencyMention(Agency agency, int start, int end, String separatorBefore, String before, String after,
                            boolean abbreviationOnly) {}
