package vn.camket.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.junit.jupiter.api.Test;
import vn.camket.analysis.SyllableModel;
import vn.camket.analysis.VietnameseAnalyzer;

class QueryInterpreterTest {
    private final QueryInterpreter interpreter = new QueryInterpreter(new VietnameseAnalyzer(SyllableModel.inventoryOnly(), false));

    @Test
    void theWordsOfANamedLeadAndChuTriAreSatisfiedByTheLeadCell() {
        String q = interpreter.parse("Sở Nội vụ chủ trì tôn vinh").query().toString();
        // each of "nội", "vụ", "chủ", "trì" matches in the text or in the record's lead
        for (String w : new String[] {"noi", "vu", "chu", "tri"}) {
            assertThat(q).contains("((text:" + w + " | (context:" + w + ")^0.3)~0.1 | (leadKey:Sở Nội vụ)");
        }
        // the topic's words only in the text
        assertThat(q).contains(" (text:vinh | (context:vinh)^0.3)~0.1 (plain:");
    }

    @Test
    void anAcronymTheCorpusDefinesAnswersForItsWordsAndTheOtherWayRound() {
        String t = "Hoàn thiện hạ tầng giao thông vận tải (GTVT) thông minh";
        SyllableModel.Builder b = SyllableModel.builder();
        b.add("plan.txt", vn.camket.analysis.Tokens.folded(t)).addPrinted(t);
        QueryInterpreter learned = new QueryInterpreter(new VietnameseAnalyzer(b.build(), false));
        assertThat(learned.parse("giao thông vận tải thông minh").query().toString()).contains("text:gtvt");
        assertThat(learned.parse("GTVT").query().toString()).contains("text:\"giao thong van tai\"");
        // without the definition, neither
        assertThat(interpreter.parse("giao thông vận tải thông minh").query().toString()).doesNotContain("gtvt");
    }

    @Test
    void aQueryNamingNoAgencyHasNoLeadAlternatives() {
        assertThat(interpreter.parse("đào tạo kỹ năng số").query().toString()).doesNotContain("leadKey");
    }

    @Test
    void aNamedAgencyAlsoFindsWhatItsSuccessorLeads() {
        String q = interpreter.parse("nhiệm vụ Ngân hàng Nhà nước chi nhánh tỉnh").boost().toString();
        // the provincial branch's work passed to the regional branch in 2025: either lead answers
        assertThat(q).contains("((leadKey:Ngân hàng Nhà nước chi nhánh tỉnh | leadKey:Ngân hàng Nhà nước khu vực))^3.0");
        // an agency that was not merged away is asked for alone
        assertThat(interpreter.parse("Sở Nội vụ chủ trì").boost().toString())
                .contains("(leadKey:Sở Nội vụ)^3.0").doesNotContain("leadKey:Sở Tài chính");
    }

    @Test
    void aYearIsSatisfiedByWhatIsDueThatYearAndRanksItFirst() {
        ParsedQuery pq = interpreter.parse("nhiệm vụ hoàn thành trong năm 2027");
        // the year and the deadline's words before it are found in the text or by the record's due year
        String q = pq.query().toString();
        for (String w : new String[] {"hoan", "thanh", "trong", "nam", "2027"}) {
            assertThat(q).contains("((text:" + w + " | (context:" + w + ")^0.3)~0.1 | (dueYear:2027)^1.0)");
        }
        // the words before the deadline say what, not when
        assertThat(q).doesNotContain("((text:vu | (context:vu)^0.3)~0.1 | (dueYear");
        // and what is due then is ranked up as what a named agency leads is
        assertThat(pq.boost().toString()).contains("(dueYear:2027)^3.0");
        // a number that is no year is a word like any other
        assertThat(interpreter.parse("đạt 100 doanh nghiệp").query().toString()).doesNotContain("dueYear");
    }

    @Test
    void eachPlainWordIsItsOwnWeightedClauseOfTheMatch() {
        Query q = interpreter.parse("đào tạo kỹ năng số").query();
        BooleanQuery alternative = (BooleanQuery) ((BooleanQuery) q).clauses().getFirst().query();
        List<Query> plain = alternative.clauses().stream().map(BooleanClause::query)
                .filter(c -> c.toString().contains("plain:")).toList();
        // one flat SHOULD clause per word, each the term alone at the plain weight: no nested OR
        assertThat(plain).hasSize(5).allSatisfy(c -> {
            assertThat(c).isInstanceOf(BoostQuery.class);
            assertThat(((BoostQuery) c).getBoost()).isEqualTo(0.1f);
            assertThat(((BoostQuery) c).getQuery()).isInstanceOf(TermQuery.class);
        });
        assertThat(plain.stream().map(c -> ((TermQuery) ((BoostQuery) c).getQuery()).getTerm()))
                .containsExactly(new Term("plain", "dao"), new Term("plain", "tao"), new Term("plain", "ky"),
                        new Term("plain", "nang"), new Term("plain", "so"));
        assertThat(alternative.clauses()).allMatch(c -> c.occur() == BooleanClause.Occur.SHOULD);
    }
}
