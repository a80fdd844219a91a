package io.podesk.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Latencies in milliseconds, collected from many threads, read as percentiles (nearest rank). */
final class Latencies {

  private final List<Double> millis = Collections.synchronizedList(new ArrayList<>());

  void add(long nanos) {
    millis.add(nanos / 1e6);
  }

  int count() {
    return millis.size();
  }

  double percentile(double p) {
    List<Double> sorted;
    synchronized (millis) {
      sorted = new ArrayList<>(millis);
    }
    if (sorted.isEmpty()) {
      return Double.NaN;
    }
    Collections.sort(sorted);
    int rank = (int) Math.ceil(p / 100.0 * sorted.size());
    return sorted.get(Math.max(0, Math.min(sorted.size() - 1, rank - 1)));
  }
}
