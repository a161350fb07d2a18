package dev.pyprep.grading.judge;

import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.json.JsonMapper;

/**
 * The JSON limits for test values: numbers up to 5,000 digits (Python refuses to print integers over 4,300, so the
 * harness never sends longer ones), nesting up to 500. Jackson's defaults (1,000 digits) would turn a legitimately
 * large integer into a parse error.
 */
public final class ValueJson {

    public static final StreamReadConstraints CONSTRAINTS = StreamReadConstraints.builder()
            .maxNumberLength(5_000).maxNestingDepth(500).build();

    private ValueJson() {
    }

    public static JsonMapper mapper() {
        return JsonMapper.builder(JsonFactory.builder().streamReadConstraints(CONSTRAINTS).build()).build();
    }
}
