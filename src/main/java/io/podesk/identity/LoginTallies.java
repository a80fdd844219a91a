package io.podesk.identity;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Failed password checks counted per key (an address, or a user name), each split by the other side of the attempt
 * (the user name tried from that address, or the address a user name was tried from). A key with too many failures
 * in the window is locked for a while, longer each time, never for good. A success forgives only the failures of its
 * own pair, so a user logging in from one address does not wipe out what an attacker did from another.
 *
 * <p>Memory is bounded: at most {@code maxTracked} keys, and {@link #MAX_SIDES} sides per key (the rest are counted
 * together and never forgiven). When full, stale keys go first, then the oldest key that is not locked.
 * Not thread-safe on its own: {@link LoginThrottle} guards it.
 */
final class LoginTallies {

  static final int MAX_SIDES = 32;

  private final int maxFailures;
  private final Duration window;
  private final Duration lock;
  private final Duration maxLock;
  private final int maxTracked;
  private final LinkedHashMap<String, Tally> tallies = new LinkedHashMap<>();

  LoginTallies(int maxFailures, Duration window, Duration lock, Duration maxLock, int maxTracked) {
    this.maxFailures = maxFailures;
    this.window = window;
    this.lock = lock;
    this.maxLock = maxLock;
    this.maxTracked = maxTracked;
  }

  record Lock(String key, Instant until) {}

  private static final class Tally {
    private final Map<String, Integer> bySide = new LinkedHashMap<>();
    private int otherSides;
    private int total;
    private Instant windowStart;
    private Instant lockedUntil = Instant.MIN;
    private int locks;
    private Instant lastActivity;

    Tally(Instant now) {
      this.windowStart = now;
      this.lastActivity = now;
    }

    void clearCounts(Instant now) {
      bySide.clear();
      otherSides = 0;
      total = 0;
      windowStart = now;
    }
  }

  /** Until when the key is locked, or null when it is not. */
  Instant lockedUntil(String key, Instant now) {
    Tally tally = tallies.get(key);
    return tally != null && tally.lockedUntil.isAfter(now) ? tally.lockedUntil : null;
  }

  /** Counts a failure; returns the end of the lock it caused, or null if it caused none. */
  Instant fail(String key, String side, Instant now) {
    Tally tally = tallies.get(key);
    if (tally == null) {
      makeRoom(now);
      tally = new Tally(now);
      tallies.put(key, tally);
    }
    tally.lastActivity = now;
    if (tally.lockedUntil.isAfter(now)) {
      return null;
    }
    if (!tally.windowStart.plus(window).isAfter(now)) {
      tally.clearCounts(now);
    }
    if (tally.bySide.containsKey(side) || tally.bySide.size() < MAX_SIDES) {
      tally.bySide.merge(side, 1, Integer::sum);
    } else {
      tally.otherSides++;
    }
    tally.total++;
    if (tally.total < maxFailures) {
      return null;
    }
    tally.locks++;
    tally.lockedUntil = now.plus(lockNumber(tally.locks));
    tally.clearCounts(now);
    return tally.lockedUntil;
  }

  /** Forgets the failures of this key that came from this side; the others, and any lock, stay. */
  void succeed(String key, String side) {
    Tally tally = tallies.get(key);
    if (tally != null) {
      Integer forgiven = tally.bySide.remove(side);
      tally.total -= forgiven == null ? 0 : forgiven;
    }
  }

  /** Forgets the key: its failures, its lock and its back-off. Returns whether there was anything to forget. */
  boolean forget(String key) {
    return tallies.remove(key) != null;
  }

  List<Lock> locks(Instant now) {
    List<Lock> locks = new ArrayList<>();
    tallies.forEach((key, tally) -> {
      if (tally.lockedUntil.isAfter(now)) {
        locks.add(new Lock(key, tally.lockedUntil));
      }
    });
    return locks;
  }

  int size() {
    return tallies.size();
  }

  private Duration lockNumber(int locks) {
    if (locks > 20) {
      return maxLock;
    }
    Duration grown = lock.multipliedBy(1L << (locks - 1));
    return grown.compareTo(maxLock) > 0 ? maxLock : grown;
  }

  private void makeRoom(Instant now) {
    if (tallies.size() < maxTracked) {
      return;
    }
    tallies.values().removeIf(tally -> stale(tally, now));
    if (tallies.size() < maxTracked) {
      return;
    }
    Iterator<Tally> oldestFirst = tallies.values().iterator();
    while (oldestFirst.hasNext()) {
      if (!oldestFirst.next().lockedUntil.isAfter(now)) {
        oldestFirst.remove();
        return;
      }
    }
    // every key is locked: the oldest lock gives way
    tallies.remove(tallies.keySet().iterator().next());
  }

  /** Not locked, nothing counting, and quiet for longer than the longest lock: its back-off is forgotten. */
  private boolean stale(Tally tally, Instant now) {
    return !tally.lockedUntil.isAfter(now) && !tally.windowStart.plus(window).isAfter(now)
        && tally.lastActivity.plus(maxLock).isBefore(now);
  }
}
