package dev.pyprep.grading.web;

import dev.pyprep.grading.Purpose;
import dev.pyprep.grading.SubmissionStatus;
import dev.pyprep.grading.Verdict;
import java.time.Instant;

record HistoryItem(long id, Purpose purpose, SubmissionStatus status, Verdict verdict, Integer score, Instant createdAt,
                   String code) {
}
