/**
 * Parley on the seed articles: {@link dev.parley.examples.ArticleReader} reads them,
 * {@link dev.parley.examples.RelativeDates} reads their relative dates,
 * {@link dev.parley.examples.SeedCorpus} joins them with the curated seed chronicle and checks its
 * sources, {@link dev.parley.examples.SeedAnswers} asks the report's questions through the query
 * API and {@link dev.parley.examples.SeedReport} prints them; {@link dev.parley.examples.Main} is
 * the command line.
 */
package dev.parley.examples;
