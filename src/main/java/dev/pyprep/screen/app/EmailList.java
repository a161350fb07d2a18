package dev.pyprep.screen.app;

import dev.pyprep.system.UserError;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * The addresses a recruiter gave: a pasted list (commas, semicolons, spaces or lines) and/or a CSV file (an "email"
 * column if there is a header naming one, else the first column). All or nothing: any invalid address refuses the lot.
 */
public final class EmailList {

    private static final Pattern EMAIL = Pattern.compile("[^@\\s,;<>\"]+@[^@\\s,;<>\"]+\\.[^@\\s,;<>\"]+");
    static final int MAX = 500;

    private EmailList() {
    }

    public static List<String> parse(String pasted, Reader csv) {
        List<String> raw = new ArrayList<>();
        if (pasted != null) {
            for (String part : pasted.split("[,;\\s]+")) {
                if (!part.isBlank()) {
                    raw.add(part.strip());
                }
            }
        }
        if (csv != null) {
            raw.addAll(fromCsv(csv));
        }
        Set<String> emails = new LinkedHashSet<>();
        List<String> invalid = new ArrayList<>();
        for (String e : raw) {
            String email = e.toLowerCase(Locale.ROOT);
            if (email.length() > 320 || !EMAIL.matcher(email).matches()) {
                invalid.add(e);
            } else {
                emails.add(email);
            }
        }
        if (!invalid.isEmpty()) {
            throw new UserError("Nobody was invited: " + invalid.size() + (invalid.size() == 1 ? " address is" : " addresses are")
                    + " not valid: " + String.join(", ", invalid.stream().limit(20).toList())
                    + (invalid.size() > 20 ? " ..." : "") + ". Fix them and send again.");
        }
        if (emails.isEmpty()) {
            throw new UserError("Give at least one email address.");
        }
        if (emails.size() > MAX) {
            throw new UserError("At most " + MAX + " invites at once; this list has " + emails.size() + ".");
        }
        return List.copyOf(emails);
    }

    private static List<String> fromCsv(Reader csv) {
        List<String> out = new ArrayList<>();
        try (var parser = CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(true).setTrim(true).get().parse(csv)) {
            int column = 0;
            boolean first = true;
            for (CSVRecord record : parser) {
                if (first) {
                    first = false;
                    int header = headerColumn(record);
                    if (header >= 0) {
                        column = header;
                        continue;
                    }
                }
                if (record.size() > column && !record.get(column).isBlank()) {
                    out.add(record.get(column));
                }
            }
        } catch (IOException | java.io.UncheckedIOException e) {
            throw new UserError("The CSV file could not be read: " + e.getMessage());
        }
        return out;
    }

    private static int headerColumn(CSVRecord record) {
        for (int i = 0; i < record.size(); i++) {
            if (record.get(i).equalsIgnoreCase("email") || record.get(i).equalsIgnoreCase("e-mail")) {
                return i;
            }
        }
        return -1;
    }
}
