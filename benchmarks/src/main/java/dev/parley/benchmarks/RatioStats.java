package dev.parley.benchmarks;

import java.util.Arrays;
import java.util.List;

/**
 * The arithmetic of {@link JsonRatios}: per-round ratios, medians, quartiles and the verdict.
 * Quartiles interpolate linearly between order statistics (R's and NumPy's default, "type 7").
 */
final class RatioStats {
  private RatioStats() {}

  /**
   * The ratio of each round: Parley's time over the baseline's.
   *
   * @throws IllegalArgumentException if the arrays differ in length, are empty, or a baseline
   *     time is not positive
   */
  static double[] ratios(long[] parleyNanos, long[] baselineNanos) {
    if (parleyNanos.length != baselineNanos.length || parleyNanos.length == 0) {
      throw new IllegalArgumentException("expected as many Parley as baseline times, at least"
          + " one, found " + parleyNanos.length + " and " + baselineNanos.length);
    }
    double[] r = new double[parleyNanos.length];
    for (int i = 0; i < r.length; i++) {
      if (baselineNanos[i] <= 0) {
        throw new IllegalArgumentException("baseline time of round " + i + " is not positive: "
            + baselineNanos[i]);
      }
      r[i] = (double) parleyNanos[i] / baselineNanos[i];
    }
    return r;
  }

  /** The median: the middle value, or the mean of the two middle values. */
  static double median(double[] values) {
    return quantile(values, 0.5);
  }

  /** The median of times, in nanoseconds. */
  static double median(long[] values) {
    return median(Arrays.stream(values).asDoubleStream().toArray());
  }

  /**
   * The {@code q}-quantile, interpolated linearly between the order statistics at
   * {@code (n - 1) * q}.
   *
   * @throws IllegalArgumentException if there are no values or {@code q} is outside [0, 1]
   */
  static double quantile(double[] values, double q) {
    if (values.length == 0) {
      throw new IllegalArgumentException("no values");
    }
    if (!(q >= 0 && q <= 1)) {
      throw new IllegalArgumentException("quantile outside [0, 1]: " + q);
    }
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    double at = (sorted.length - 1) * q;
    int below = (int) Math.floor(at);
    int above = (int) Math.ceil(at);
    return sorted[below] + (sorted[above] - sorted[below]) * (at - below);
  }

  /**
   * The drift of a run: the median of its second half over the median of its first half (1.0 =
   * settled; a run of one value has no drift).
   */
  static double drift(double[] values) {
    if (values.length < 2) {
      return 1.0;
    }
    int half = values.length / 2;
    return median(Arrays.copyOfRange(values, values.length - half, values.length))
        / median(Arrays.copyOfRange(values, 0, half));
  }

  /** The verdict over forks: true if every fork's median ratio is at most 1.0. */
  static boolean noSlower(List<Double> forkMedians) {
    if (forkMedians.isEmpty()) {
      throw new IllegalArgumentException("no forks");
    }
    return forkMedians.stream().mapToDouble(Double::doubleValue).max().getAsDouble() <= 1.0;
  }
}
