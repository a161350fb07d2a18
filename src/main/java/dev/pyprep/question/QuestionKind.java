package dev.pyprep.question;

public enum QuestionKind {
    CODING, CONCEPT, MULTIPLE_CHOICE, PREDICT_OUTPUT;

    public String slug() {
        return name().toLowerCase();
    }
}
