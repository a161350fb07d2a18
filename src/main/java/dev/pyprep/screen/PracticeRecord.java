package dev.pyprep.screen;

import java.util.Set;

/**
 * What mock interviews need to know of a candidate's practice: the questions they have mastered (their latest practice
 * attempt was right, or rated "knew it"). Implemented by the practice feature, so screens never read its tables.
 */
public interface PracticeRecord {

    Set<Long> masteredQuestionIds(long accountId);
}
