package dev.pyprep.grading.web;

import dev.pyprep.grading.Purpose;

record SubmissionRequest(Long questionVersionId, Purpose purpose, String code, String customInput) {
}
