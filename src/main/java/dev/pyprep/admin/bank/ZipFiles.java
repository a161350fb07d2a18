package dev.pyprep.admin.bank;

import dev.pyprep.system.UserError;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/** Question files to and from zip archives, with limits: an upload is untrusted input. */
final class ZipFiles {

    static final int MAX_ENTRIES = 5_000;
    static final long MAX_TOTAL = 64L * 1024 * 1024;

    private ZipFiles() {
    }

    static byte[] zip(Map<String, byte[]> files) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
            for (var e : new TreeMap<>(files).entrySet()) {
                ZipEntry entry = new ZipEntry(e.getKey());
                entry.setTime(0); // the same files give the same bytes
                zip.putNextEntry(entry);
                zip.write(e.getValue());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    static Map<String, byte[]> zipText(Map<String, String> files) {
        Map<String, byte[]> bytes = new LinkedHashMap<>();
        files.forEach((k, v) -> bytes.put(k, v.getBytes(StandardCharsets.UTF_8)));
        return bytes;
    }

    /** The YAML files of a zip by their relative paths; other files, folders and hidden entries are ignored. */
    static Map<String, byte[]> unzip(byte[] archive, String name) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        long total = 0;
        int count = 0;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(archive), StandardCharsets.UTF_8)) {
            ZipEntry entry;
            while ((entry = zip.getNextEntry()) != null) {
                if (++count > MAX_ENTRIES) {
                    throw new UserError(name + " has more than " + MAX_ENTRIES + " entries.");
                }
                String path = entry.getName().replace('\\', '/');
                if (entry.isDirectory() || !path.matches(".*\\.ya?ml$") || path.startsWith("__MACOSX/") || path.contains("/.")) {
                    continue;
                }
                if (path.startsWith("/") || path.contains("../")) {
                    throw new UserError(name + ": the entry '" + path + "' points outside the archive.");
                }
                byte[] content = zip.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, MAX_TOTAL - total + 1));
                total += content.length;
                if (total > MAX_TOTAL) {
                    throw new UserError(name + " unpacks to more than " + MAX_TOTAL / 1024 / 1024 + " MB.");
                }
                files.put(path, content);
            }
        } catch (IOException e) {
            throw new UserError(name + " is not a readable zip archive: " + e.getMessage());
        }
        return withoutCommonFolder(files);
    }

    /** {@code questions/topics.yaml, questions/core/x.yaml} -> {@code topics.yaml, core/x.yaml}. */
    static Map<String, byte[]> withoutCommonFolder(Map<String, byte[]> files) {
        if (files.isEmpty() || files.containsKey("topics.yaml")) {
            return files;
        }
        String first = files.keySet().iterator().next();
        int slash = first.indexOf('/');
        if (slash < 0) {
            return files;
        }
        String prefix = first.substring(0, slash + 1);
        if (!files.keySet().stream().allMatch(p -> p.startsWith(prefix))) {
            return files;
        }
        Map<String, byte[]> stripped = new LinkedHashMap<>();
        files.forEach((k, v) -> stripped.put(k.substring(prefix.length()), v));
        return stripped;
    }
}
