package io.github.workreport.cli;

import io.github.workreport.ReportParseException;
import io.github.workreport.WorkReportParser;
import io.github.workreport.model.WorkReport;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Parses inputs on a pool of threads, a bounded window of them in flight so that memory stays
 * bounded on any number of files, and hands each result on in input order as soon as it and those
 * before it are done.
 */
final class ParseRun {
  /** What became of one input: a report, or the reason it failed ({@code error} not null). */
  record Result(
      InputCollector.Input input, SourceReader.Loaded loaded, WorkReport report, String error) {
    /** The size of the input in bytes, 0 when it could not be read. */
    long bytes() {
      return loaded == null ? 0 : loaded.source().bytes();
    }
  }

  /** Takes the results in input order. */
  @FunctionalInterface
  interface Sink {
    /** Takes one result. */
    void accept(Result result);
  }

  private ParseRun() {}

  /**
   * Parses {@code inputs} on {@code threads} threads, handing each result to {@code sink} in order.
   */
  static void run(
      List<InputCollector.Input> inputs,
      int threads,
      SourceReader reader,
      WorkReportParser parser,
      Sink sink) {
    ExecutorService pool =
        Executors.newFixedThreadPool(
            threads,
            r -> {
              Thread t = new Thread(r, "workreport-parse");
              t.setDaemon(true);
              return t;
            });
    try {
      Deque<Future<Result>> window = new ArrayDeque<>();
      int next = 0;
      while (next < inputs.size() || !window.isEmpty()) {
        while (next < inputs.size() && window.size() < 2 * threads) {
          InputCollector.Input in = inputs.get(next++);
          window.add(pool.submit(() -> parseOne(reader, parser, in)));
        }
        sink.accept(take(window.removeFirst()));
      }
    } finally {
      pool.shutdownNow();
    }
  }

  static Result parseOne(SourceReader reader, WorkReportParser parser, InputCollector.Input in) {
    SourceReader.Loaded loaded = null;
    try {
      loaded = reader.read(in);
      return new Result(in, loaded, parser.parse(loaded.text()), null);
    } catch (SourceReader.Refused | ReportParseException e) {
      return new Result(in, loaded, null, e.getMessage());
    } catch (RuntimeException e) {
      // a parser bug must not stop a run over an archive: report it with the file
      return new Result(in, loaded, null, "internal error: " + e);
    }
  }

  private static Result take(Future<Result> f) {
    try {
      return f.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException(e.getCause());
    }
  }
}
