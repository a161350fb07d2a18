/**
 * The question file format and the one reader of a question folder: used by the import, by bank validation and the
 * coverage table, and by uploads.
 */
@org.springframework.modulith.NamedInterface("folder")
package dev.pyprep.question.folder;
