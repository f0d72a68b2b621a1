/**
 * <b>Not API</b>: what core offers Parley's own modules beyond its public API. It may change or
 * go in any release; the module exports it to {@code dev.parley.io} only.
 */
package dev.parley.core.internal;
