package vn.camket.parse;

import java.util.ArrayList;
import java.util.List;

/**
 * Which agencies named in a task row lead it. In clean tables the lead cell follows the task; in
 * OCR tables the columns are interleaved line by line, so agencies are sorted into the lead and
 * the coordinating column by where they stand in their lines and by the words around them.
 */
final class LeadColumns {
    private final AgencyDirectory agencies;
    /** Where, in characters from the line start, the lead and the coordinating columns stand; null when not told apart. */
    private final double[] columns;

    LeadColumns(AgencyDirectory agencies, List<String> lines, int width) {
        this.agencies = agencies;
        this.columns = agencyColumns(lines, width);
    }

    /**
     * Sorts the agencies named in one line into the lead column and the others by where they
     * stand: past the task column, nearer the lead column's position than the coordinating one's.
     * A line too short to reach past the task column holds other columns only: it decides only
     * when it opens with a name, which then opens the lead column (the task column is blank there).
     */
    void classifyMentions(String line, List<AgencyMention> mentions, int width, List<AgencyMention> leads, List<AgencyMention> others) {
        if (line.length() < width * 0.5) {
            if (!mentions.isEmpty() && opensLine(line, mentions.getFirst()) && !isCoordinating(mentions.getFirst())) leads.add(mentions.getFirst());
            return;
        }
        int placed = 0;
        for (AgencyMention m : mentions) {
            // left of the task column's end an agency is the task's own prose, unless what stands before it is OCR debris
            if (!isPastTask(line, m, width) || isProse(m)) continue;
            // the lead column comes first: a name with another column's name after it on the line is in it
            boolean firstOfTwo = placed++ == 0 && mentions.getLast() != m;
            boolean nearLead = columns == null || firstOfTwo || Math.abs(m.charStart() - columns[0]) <= Math.abs(m.charStart() - columns[1]);
            // where the OCR drew the column rules, they count the cells: the first after the task's is the lead's
            int cell = cellAfterRules(line, m, width);
            if (cell == 1) nearLead = true;
            if (cell >= 2) nearLead = false;
            if (nearLead && !isCoordinating(m)) leads.add(m);
            else others.add(m);
        }
    }

    /** Names that start on the line above a row and run on into it: a cell of the row's, lead unless the words say otherwise. */
    void classifyCarried(List<AgencyMention> carried, List<AgencyMention> leads, List<AgencyMention> others) {
        for (AgencyMention m : carried) {
            if (isProse(m)) continue;
            if (isCoordinating(m)) others.add(m);
            else leads.add(m);
        }
    }

    /**
     * The lead column stands left of the coordinating one, so where a general lead ("Các sở, ban,
     * ngành, địa phương") and another agency share a line, their order tells which leads. The first
     * line holding a general name and another decides; null when the general one is not first there or none does.
     */
    AgencyMention generalLead(List<String> lines, List<List<AgencyMention>> mentions, int width) {
        for (int k = 0; k < lines.size(); k++) {
            String line = lines.get(k);
            List<AgencyMention> past = new ArrayList<>();
            for (AgencyMention m : mentions.get(k)) {
                // the task cell opens the row: a name opening its first line, which runs on past the task's width, is
                // the task's subject ("Các địa phương tập trung số hóa …"), not a cell of the lead column
                if (k == 0 && line.length() >= width && opensLine(line, m) && m.charStart() < width * 0.35) continue;
                if (isPastTask(line, m, width) && !isProse(m)) past.add(m);
            }
            if (past.size() < 2 || past.stream().noneMatch(m -> m.agency().isGeneral())) continue;
            return past.getFirst().agency().isGeneral() ? past.getFirst() : null;
        }
        return null;
    }

    /**
     * Which cell a name stands in by the column rules ("|") before it, when the first rule closes the
     * task's column (it stands past a third of the width): 1 when it opens the cell right after the
     * task's, 2 or more when it stands past another rule; 0 when the rules do not tell.
     */
    static int cellAfterRules(String line, AgencyMention m, int width) {
        if (line.indexOf('|') < 0) return 0; // most lines have no rule: spare folding them again for each name
        String form = AgencyDirectory.matchForm(line);
        int first = form.indexOf('|'), at = Math.min(form.length(), m.charStart());
        if (first < 0 || first < width * 0.3 || first > at) return 0;
        int cell = 0;
        for (int i = first; i < at; i++) if (form.charAt(i) == '|') cell++;
        // one rule only tells that the name stands past the task; it opens the next cell when nothing but debris is between
        boolean opensCell = !form.substring(form.lastIndexOf('|', at) + 1, at).matches(".*\\p{L}{2}.*");
        return cell == 1 && !opensCell ? 0 : cell;
    }

    /** The name opens its line, or only OCR debris stands before it ("< N c . : So Cong"). */
    private static boolean opensLine(String line, AgencyMention m) {
        return m.charStart() <= 1 || onlyDebrisBefore(line, m);
    }

    private static boolean isPastTask(String line, AgencyMention m, int width) {
        return m.charStart() >= width * 0.35 || onlyDebrisBefore(line, m);
    }

    private static boolean onlyDebrisBefore(String line, AgencyMention m) {
        return !TaskTableParser.isReadable(line.substring(0, Math.min(line.length(), m.charStart())) + " x");
    }

    /** Two centres (lead, coordinating) of the positions where agencies stand past the task column: 1-D k-means. */
    private double[] agencyColumns(List<String> lines, int width) {
        List<Integer> xs = new ArrayList<>();
        for (String l : lines) {
            if (l.length() < width * 0.5) continue;
            for (AgencyMention m : agencies.find(l)) if (m.charStart() >= width * 0.35) xs.add(m.charStart());
        }
        if (xs.size() < 4) return null;
        double a = xs.stream().mapToInt(i -> i).min().orElse(0), b = xs.stream().mapToInt(i -> i).max().orElse(0);
        for (int iter = 0; iter < 20; iter++) {
            double sa = 0, sb = 0;
            int na = 0, nb = 0;
            for (int x : xs) {
                if (Math.abs(x - a) <= Math.abs(x - b)) { sa += x; na++; } else { sb += x; nb++; }
            }
            if (na > 0) a = sa / na;
            if (nb > 0) b = sb / nb;
        }
        return b - a < 8 ? null : new double[] {a, b};
    }

    /** Clean one-cell-per-line tables: the first agency after the task, and those listed with it ("Sở A; Sở B"). */
    static List<AgencyMention> stackedLead(List<AgencyMention> mentions) {
        List<AgencyMention> lead = new ArrayList<>();
        for (AgencyMention m : mentions) {
            if (lead.isEmpty()) {
                lead.add(m);
            } else if ((m.separatorBefore().contains(";") || m.separatorBefore().contains(","))
                    && m.start() == lead.getLast().end()) {
                lead.add(m);
            } else {
                break;
            }
        }
        return lead;
    }

    /**
     * OCR tables, columns interleaved: a lead names one department ("Sở CT", or "Sở" over its
     * abbreviation "KH&CN" on the next line); mentions in a coordinating list ("Các Sở: KH&CN;
     * TC; NN&MT và các cơ quan …") or inside the task's own prose ("tham mưu UBND tỉnh") are not leads.
     */
    static List<AgencyMention> interleavedLead(List<AgencyMention> mentions) {
        AgencyMention department = null, other = null;
        for (AgencyMention m : mentions) {
            if (isCoordinating(m) || isProse(m)) continue;
            boolean isDepartment = m.agency().isDepartment();
            if (isDepartment && department == null) department = m;
            if (!isDepartment && other == null) other = m;
        }
        // local government yields to a department of the row, as it does in the lead column
        AgencyMention lead = department != null
                && (other == null || other.agency().isLocalGovernment() || department.start() <= other.start() + 40) ? department : other;
        return lead == null ? List.of() : List.of(lead);
    }

    private static boolean isCoordinating(AgencyMention m) {
        String before = m.before();
        // "và các cơ quan, đơn vị liên quan" closes a coordinating cell; OCR reads "các" as cic, céc, cac
        return before.matches(".*\\bc\\S{1,2}c( so)?$") || before.contains("phoi hop") || before.endsWith("voi")
                || m.after().matches("^va c\\S{1,2}c\\b.*") || m.after().startsWith(";") || m.separatorBefore().contains(";")
                || m.agency().isGeneral();
    }

    /** Named inside the task's own sentence ("tham mưu UBND tỉnh", "của Bộ …", "phối hợp với …"). */
    static boolean isProse(AgencyMention m) {
        String b = m.before();
        return b.endsWith("tham muu") || b.endsWith("muu trinh") || b.endsWith(" cua") || b.equals("cua") || b.endsWith(" cho")
                || b.endsWith("thuoc") || b.endsWith("giua") || b.endsWith(" bo") || b.endsWith("voi");
    }

}
