package dev.parley.benchmarks;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * The harnesses' forks: child JVMs on this JVM's class path, one after another, so that each
 * measures with a JIT outcome of its own. A fork still running when the harness's JVM ends
 * (Ctrl-C, SIGTERM, an error while reading the fork's output) is destroyed by a shutdown hook,
 * so that no orphaned fork keeps loading the machine; a harness killed outright runs no hook,
 * and for that case each fork calls {@link #exitWithParent}.
 */
final class Forks {
  private Forks() {}

  /**
   * The command that runs {@code main} in a new JVM: this JVM's {@code java}, {@code jvmArgs},
   * this JVM's class path, then {@code args}.
   */
  static List<String> command(List<String> jvmArgs, Class<?> main, List<String> args) {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(jvmArgs);
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(main.getName());
    command.addAll(args);
    return command;
  }

  /**
   * Runs {@code command} to its end, each line of its standard output to {@code lines} as it
   * comes, its standard error to this JVM's.
   *
   * @param name the fork's name, for its reaper thread
   * @return the fork's exit code
   * @throws IOException if the fork cannot be started or its output read
   * @throws InterruptedException if interrupted while waiting for the fork
   */
  static int run(List<String> command, String name, Consumer<String> lines)
      throws IOException, InterruptedException {
    Process p = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT)
        .start();
    Thread reaper = new Thread(() -> {
      p.destroy();
      try {
        if (!p.waitFor(5, TimeUnit.SECONDS)) {
          p.destroyForcibly();
        }
      } catch (InterruptedException e) {
        p.destroyForcibly();
      }
    }, name + " reaper");
    Runtime.getRuntime().addShutdownHook(reaper);
    try {
      try (BufferedReader in = new BufferedReader(
          new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
        for (String line = in.readLine(); line != null; line = in.readLine()) {
          lines.accept(line);
        }
      }
      return p.waitFor();
    } finally {
      if (p.isAlive()) {
        p.destroyForcibly(); // a failure here (a bad line) must not leave the fork running
      }
      try {
        Runtime.getRuntime().removeShutdownHook(reaper);
      } catch (IllegalStateException e) {
        // shutting down already: the hook runs
      }
    }
  }

  /**
   * In a fork: ends this JVM, with exit code 3, when the process that started it ends. The
   * parent's shutdown hook destroys its fork, but a parent killed outright runs none.
   *
   * @param tool the fork's name in the message it prints then
   */
  static void exitWithParent(String tool) {
    ProcessHandle.current().parent().ifPresent(parent -> parent.onExit().thenRun(() -> {
      System.err.println(tool + " fork: the harness ended; exiting");
      Runtime.getRuntime().halt(3);
    }));
  }
}
