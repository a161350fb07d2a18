package dev.pyprep.grading;

import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * How questions perform, from graded submissions (grading owns them; other features ask here). Counted are graded
 * SUBMITs (a RUN is trying things out, not an attempt), from practice and screens alike; a candidate is an account,
 * or a screen attempt when there is no account.
 */
@Service
public class SubmissionStatistics {

    /**
     * One question's figures. {@code medianTimeToFirstAccepted} runs from a candidate's first submission (RUN or
     * SUBMIT) to their first ACCEPTED SUBMIT, over the candidates who solved it (null when nobody did).
     */
    public record QuestionStatistics(long questionId, long attempts, long candidates, long accepted,
                                     Duration medianTimeToFirstAccepted, Map<Verdict, Long> verdicts,
                                     List<HiddenTest> hiddenTests) {
        public QuestionStatistics {
            verdicts = Map.copyOf(verdicts);
            hiddenTests = List.copyOf(hiddenTests);
        }

        public double acceptanceRate() {
            return attempts == 0 ? 0 : (double) accepted / attempts;
        }
    }

    /** A hidden test of one version: how often graded SUBMITs ran it and failed it. */
    public record HiddenTest(long questionVersionId, long testCaseId, int ordinal, long runs, long failures) {
        public double failureRate() {
            return runs == 0 ? 0 : (double) failures / runs;
        }
    }

    /** A line of the bank overview, for every question that has graded SUBMITs. */
    public record Overview(long questionId, long attempts, long candidates, long accepted, boolean everyoneFirstTry) {
        public boolean neverSolved() {
            return accepted == 0;
        }

        public double acceptanceRate() {
            return attempts == 0 ? 0 : (double) accepted / attempts;
        }
    }

    private static final String AUTHOR = "coalesce('a' || s.account_id, 's' || s.origin_ref)";

    private final JdbcClient jdbc;

    SubmissionStatistics(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    public QuestionStatistics question(long questionId) {
        long[] counts = jdbc.sql("""
                        select count(*), count(distinct %s), count(*) filter (where s.verdict = 'ACCEPTED')
                        from submissions s where s.question_id = :q and s.purpose = 'SUBMIT' and s.status = 'GRADED'"""
                        .formatted(AUTHOR))
                .param("q", questionId).query((rs, i) -> new long[]{rs.getLong(1), rs.getLong(2), rs.getLong(3)}).single();
        Map<Verdict, Long> verdicts = new EnumMap<>(Verdict.class);
        jdbc.sql("""
                        select s.verdict, count(*) from submissions s
                        where s.question_id = :q and s.purpose = 'SUBMIT' and s.status = 'GRADED' group by s.verdict""")
                .param("q", questionId).query((rs, i) -> verdicts.put(Verdict.valueOf(rs.getString(1)), rs.getLong(2))).list();
        Double medianSeconds = jdbc.sql("""
                        with per_author as (
                            select %s as author, min(s.created_at) as first_seen,
                                   min(s.created_at) filter (where s.purpose = 'SUBMIT' and s.status = 'GRADED'
                                                             and s.verdict = 'ACCEPTED') as first_accepted
                            from submissions s where s.question_id = :q group by 1)
                        select percentile_cont(0.5) within group (order by extract(epoch from first_accepted - first_seen))
                        from per_author where first_accepted is not null""".formatted(AUTHOR))
                .param("q", questionId).query(Double.class).optional().orElse(null);
        List<HiddenTest> hidden = jdbc.sql("""
                        select s.question_version_id, r.test_case_id, r.ordinal, count(*) as runs,
                               count(*) filter (where r.verdict <> 'ACCEPTED') as failures
                        from test_results r join submissions s on s.id = r.submission_id
                        where s.question_id = :q and s.purpose = 'SUBMIT' and s.status = 'GRADED'
                          and r.visibility = 'HIDDEN' and r.test_case_id is not null
                        group by s.question_version_id, r.test_case_id, r.ordinal
                        order by count(*) filter (where r.verdict <> 'ACCEPTED')::float / count(*) desc,
                                 s.question_version_id desc, r.ordinal""")
                .param("q", questionId)
                .query((rs, i) -> new HiddenTest(rs.getLong(1), rs.getLong(2), rs.getInt(3), rs.getLong(4), rs.getLong(5)))
                .list();
        return new QuestionStatistics(questionId, counts[0], counts[1], counts[2],
                medianSeconds == null ? null : Duration.ofMillis(Math.round(medianSeconds * 1000)), verdicts, hidden);
    }

    /**
     * Every question with graded SUBMITs. {@code everyoneFirstTry}: at least {@code minCandidates} candidates, and
     * each one's first graded SUBMIT was ACCEPTED.
     */
    @Transactional(readOnly = true)
    public List<Overview> overview(int minCandidates) {
        return jdbc.sql("""
                        with graded as (
                            select s.question_id, %s as author, s.verdict,
                                   row_number() over (partition by s.question_id, %s order by s.created_at, s.id) as n
                            from submissions s where s.purpose = 'SUBMIT' and s.status = 'GRADED')
                        select question_id, count(*) as attempts, count(distinct author) as candidates,
                               count(*) filter (where verdict = 'ACCEPTED') as accepted,
                               count(*) filter (where n = 1 and verdict <> 'ACCEPTED') as first_failed
                        from graded group by question_id order by question_id""".formatted(AUTHOR, AUTHOR))
                .query((rs, i) -> new Overview(rs.getLong("question_id"), rs.getLong("attempts"), rs.getLong("candidates"),
                        rs.getLong("accepted"), rs.getLong("candidates") >= minCandidates && rs.getLong("first_failed") == 0))
                .list();
    }
}
