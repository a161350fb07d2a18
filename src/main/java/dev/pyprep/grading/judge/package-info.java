/**
 * The judge: the sandbox harness protocol, output comparison and verdicts. No Spring, no database: the grading
 * workers and the bank validator share it.
 */
@org.springframework.modulith.NamedInterface("judge")
package dev.pyprep.grading.judge;
