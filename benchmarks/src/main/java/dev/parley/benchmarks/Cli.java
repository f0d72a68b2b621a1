package dev.parley.benchmarks;

import java.util.Arrays;
import java.util.Optional;
import java.util.function.Function;

/** The command lines of the harnesses: {@code --help}, and bad options worded the same way. */
final class Cli {
  private Cli() {}

  /**
   * The harness's options read from {@code args}; empty, with the usage printed, if {@code args}
   * ask for help ({@code --help} or {@code -h}). Bad options print their error, prefixed by
   * {@code tool}, and the usage to standard error, and end the JVM with exit code 2.
   */
  static <T> Optional<T> options(String tool, String usage, String[] args,
      Function<String[], T> parse) {
    if (Arrays.asList(args).contains("--help") || Arrays.asList(args).contains("-h")) {
      System.out.print(usage);
      return Optional.empty();
    }
    try {
      return Optional.of(parse.apply(args));
    } catch (IllegalArgumentException e) {
      System.err.println(tool + ": " + e.getMessage());
      System.err.print(usage);
      System.exit(2);
      return Optional.empty();
    }
  }
}
