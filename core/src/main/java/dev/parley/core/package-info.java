/**
 * The Parley domain model.
 *
 * <p>Every type here is an immutable value: thread-safe, null-hostile, compared by value, and
 * validated when built. Values are made with static factories ({@code of}, {@code parse}) or
 * builders ({@code Meeting.builder()...build()}); a changed copy is made from a builder seeded
 * with the original ({@code Meeting.builder().from(meeting).title("...").build()}).
 *
 * <p>Errors follow one convention: a {@code null} argument or attribute throws {@link
 * java.lang.NullPointerException} naming it; an invalid value throws {@link
 * java.lang.IllegalArgumentException} whose message names the type, the field and the bad value;
 * a builder missing a required attribute throws {@link java.lang.IllegalStateException} naming
 * the attributes not set. {@link dev.parley.core.Chronicle} reports every referential problem at
 * once in an {@link dev.parley.core.InvalidChronicleException}.
 */
@Value.Style(
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    overshadowImplementation = true,
    depluralize = true,
    depluralizeDictionary = {"change:history"},
    defaultAsDefault = true,
    deferCollectionAllocation = true,
    // No @Generated or other class-path annotations on generated code: they live in compile-only
    // jars, and a user compiling with -Xlint would be warned of their missing methods.
    allowedClasspathAnnotations = {Override.class})
package dev.parley.core;

import org.immutables.value.Value;
