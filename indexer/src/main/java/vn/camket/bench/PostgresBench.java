package vn.camket.bench;

import java.io.IOException;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.postgresql.PGConnection;
import vn.camket.model.Clause;
import vn.camket.model.Deadline;
import vn.camket.model.ParsedPlan;
import vn.camket.model.Plan;
import vn.camket.model.Target;
import vn.camket.model.TaskRow;
import vn.camket.index.IndexBuilder;
import vn.camket.index.RecordDocuments;
import vn.camket.search.Hit;
import vn.camket.search.SearchRequest;

/**
 * What a team would otherwise build: the same records in PostgreSQL, text searched with
 * {@code unaccent} and a {@code simple} tsvector under a GIN index, ranked by {@code ts_rank},
 * snippets from {@code ts_headline}, and the same nine facets counted with GROUP BY over the
 * matches. Queries go through {@code websearch_to_tsquery}, which reads quotes, OR and -exclusion
 * as Camket does. Facet counts are plain drill-down counts (no drill-sideways), less work than Camket's.
 */
public final class PostgresBench {
    /** One record as a row: its text, where it is, and its facet values. */
    record Row(String id, String type, String text, String source, int from, int to, String province, String provinceToday,
               String plan, String theme, List<String> lead, List<String> coordinating, List<String> deadline) {}

    private static final String[] ARRAY_DIMS = {"lead", "coordinating", "agency", "deadline"};
    private static final String[] SCALAR_DIMS = {"type", "province", "province_today", "theme", "plan"};

    /** Creates the table, loads the plans' records with COPY, builds the GIN index; returns seconds for load and index. */
    public static double[] load(String url, String table, List<ParsedPlan> plans) throws SQLException, IOException {
        try (Connection c = DriverManager.getConnection(url); Statement st = c.createStatement()) {
            st.execute("CREATE EXTENSION IF NOT EXISTS unaccent");
            // unaccent() is only STABLE; an IMMUTABLE wrapper with the dictionary named may be indexed
            st.execute("CREATE OR REPLACE FUNCTION f_unaccent(text) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT "
                    + "AS $$ SELECT public.unaccent('public.unaccent', $1) $$");
            st.execute("DROP TABLE IF EXISTS " + table);
            st.execute("CREATE TABLE " + table + " (id text, type text, text text, source text, line_from int, line_to int,"
                    + " province text, province_today text, plan text, theme text, lead text[], coordinating text[], agency text[],"
                    + " deadline text[], tsv tsvector GENERATED ALWAYS AS (to_tsvector('simple', f_unaccent(text))) STORED)");
            long t0 = System.nanoTime();
            var copy = c.unwrap(PGConnection.class).getCopyAPI();
            StringBuilder batch = new StringBuilder();
            String sql = "COPY " + table + " (id, type, text, source, line_from, line_to, province, province_today, plan, theme,"
                    + " lead, coordinating, agency, deadline) FROM STDIN";
            for (ParsedPlan p : plans) {
                for (Row r : rows(p)) {
                    line(batch, r);
                    if (batch.length() > 8_000_000) {
                        copy.copyIn(sql, new StringReader(batch.toString()));
                        batch.setLength(0);
                    }
                }
            }
            if (!batch.isEmpty()) copy.copyIn(sql, new StringReader(batch.toString()));
            double loadSeconds = (System.nanoTime() - t0) / 1e9;
            long t1 = System.nanoTime();
            st.execute("CREATE INDEX ON " + table + " USING gin (tsv)");
            st.execute("ANALYZE " + table);
            return new double[] {loadSeconds, (System.nanoTime() - t1) / 1e9};
        }
    }

    public static long tableBytes(String url, String table) throws SQLException {
        try (Connection c = DriverManager.getConnection(url); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT pg_total_relation_size('" + table + "')")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** A client with its own connection that sends the mix: a ranked, highlighted page of 20 and the facet counts. */
    public static LoadRun.ClientFactory client(String url, String table, List<SearchRequest> mix) {
        return () -> new MixClient(DriverManager.getConnection(url), table, mix);
    }

    /** The top hits of one query, for the relevance set (text, source and lines are what relevance is judged on). */
    public static List<Hit> search(Connection c, String table, String q, int limit) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT id, type, text, source, line_from, line_to FROM " + table
                + " WHERE tsv @@ websearch_to_tsquery('simple', f_unaccent(?)) ORDER BY ts_rank(tsv, websearch_to_tsquery('simple', f_unaccent(?))) DESC, id LIMIT ?")) {
            ps.setString(1, q);
            ps.setString(2, q);
            ps.setInt(3, limit);
            List<Hit> hits = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    hits.add(new Hit(rs.getString(1), rs.getString(2), null, null, null, rs.getString(4),
                            new int[] {rs.getInt(5), rs.getInt(6)}, null, null, null, rs.getString(3), null, List.of(), List.of(),
                            null, null, null, 0f));
                }
            }
            return hits;
        }
    }

    private static final class MixClient implements LoadRun.Request, AutoCloseable {
        private final Connection c;
        private final List<PreparedStatement> pages = new ArrayList<>();
        private final List<PreparedStatement> facets = new ArrayList<>();
        private final List<SearchRequest> mix;

        MixClient(Connection c, String table, List<SearchRequest> mix) throws SQLException {
            this.c = c;
            this.mix = mix;
            for (SearchRequest r : mix) {
                String where = "tsv @@ q" + filters(r);
                String from = " FROM " + table + ", websearch_to_tsquery('simple', f_unaccent(?)) q WHERE " + where;
                pages.add(c.prepareStatement("SELECT id, ts_headline('simple', text, q, 'StartSel=<mark>, StopSel=</mark>, MaxFragments=2')"
                        + " FROM (SELECT id, text, q, ts_rank(tsv, q) AS rank" + from + " ORDER BY rank DESC LIMIT 20) top ORDER BY rank DESC"));
                StringBuilder counts = new StringBuilder("WITH m AS (SELECT *" + from + ") ");
                List<String> parts = new ArrayList<>();
                for (String d : SCALAR_DIMS) parts.add("(SELECT '" + d + "', " + d + ", count(*) FROM m GROUP BY " + d + " ORDER BY 3 DESC LIMIT 100)");
                for (String d : ARRAY_DIMS) {
                    parts.add("(SELECT '" + d + "', v, count(*) FROM m, unnest(m." + d + ") v GROUP BY v ORDER BY 3 DESC LIMIT 100)");
                }
                counts.append(String.join(" UNION ALL ", parts));
                facets.add(c.prepareStatement(counts.toString()));
            }
        }

        private static String filters(SearchRequest r) {
            StringBuilder b = new StringBuilder();
            for (Map.Entry<String, List<String>> f : r.filters().entrySet()) {
                String values = String.join(",", f.getValue().stream().map(v -> "'" + v.replace("'", "''") + "'").toList());
                String dim = f.getKey().equals("provinceToday") ? "province_today" : f.getKey();
                if (List.of(ARRAY_DIMS).contains(dim)) b.append(" AND ").append(dim).append(" && ARRAY[").append(values).append("]");
                else b.append(" AND ").append(dim).append(" IN (").append(values).append(")");
            }
            return b.toString();
        }

        @Override
        public void send(int index) throws SQLException {
            int k = index % mix.size();
            for (PreparedStatement ps : List.of(pages.get(k), facets.get(k))) {
                ps.setString(1, mix.get(k).q());
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) rs.getString(2);
                }
            }
        }

        @Override
        public void close() throws SQLException {
            c.close();
        }
    }

    /** The records of a plan as Camket indexes them, with the same deadline facet values. */
    static List<Row> rows(ParsedPlan p) {
        Plan plan = p.plan();
        List<Row> out = new ArrayList<>();
        for (Clause c : IndexBuilder.indexedClauses(p)) {
            out.add(new Row(c.id(), "clause", c.text(), c.source(), c.lines()[0], c.lines()[1], plan.province(), plan.provinceToday(),
                    plan.id(), c.theme(), List.of(), List.of(), List.of()));
        }
        for (TaskRow t : p.tasks()) {
            out.add(new Row(t.id(), "task", t.task(), t.source(), t.lines()[0], t.lines()[1], plan.province(), plan.provinceToday(),
                    plan.id(), t.theme(), t.lead(), t.coordinating(), RecordDocuments.deadlineFacetValues(t.deadline())));
        }
        for (Target t : p.targets()) {
            List<String> dl = t.horizon() != null && t.horizon().matches("\\d{4}")
                    ? RecordDocuments.deadlineFacetValues(new Deadline(t.horizon(), Deadline.Kind.dated, t.horizon(), null, null)) : List.of();
            out.add(new Row(t.id(), "target", t.indicator(), t.source(), t.lines()[0], t.lines()[1], plan.province(), plan.provinceToday(),
                    plan.id(), t.theme(), t.lead(), List.of(), dl));
        }
        return out;
    }

    private static void line(StringBuilder b, Row r) {
        List<String> agency = new ArrayList<>(r.lead());
        for (String a : r.coordinating()) if (!agency.contains(a)) agency.add(a);
        Object[] cols = {r.id(), r.type(), r.text(), r.source(), r.from(), r.to(), r.province(), r.provinceToday(), r.plan(), r.theme(),
                array(r.lead()), array(r.coordinating()), array(agency), array(r.deadline())};
        for (int i = 0; i < cols.length; i++) {
            if (i > 0) b.append('\t');
            b.append(cols[i] == null ? "\\N" : copyText(cols[i].toString()));
        }
        b.append('\n');
    }

    /** A text[] literal: {"a","b"} with quotes and backslashes escaped. */
    private static String array(List<String> values) {
        StringBuilder b = new StringBuilder("{");
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) b.append(',');
            b.append('"').append(values.get(i).replace("\\", "\\\\").replace("\"", "\\\"")).append('"');
        }
        return b.append('}').toString();
    }

    /** COPY's text format: backslash, tab, newline and carriage return escaped. */
    private static String copyText(String s) {
        return s.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r");
    }
}
