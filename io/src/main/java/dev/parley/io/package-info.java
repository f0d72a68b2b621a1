/**
 * What Parley's readers and writers share: {@link dev.parley.io.ParleyJsonException}, the one
 * exception a reader throws, with line, column and JSON path; and {@link
 * dev.parley.io.ReadOptions}, strictness and input limits.
 */
package dev.parley.io;
