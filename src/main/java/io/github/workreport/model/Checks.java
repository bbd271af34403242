package io.github.workreport.model;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** Validation shared by the records of this package. */
final class Checks {
  private Checks() {}

  static <T> T required(@Nullable T value, String name) {
    return Objects.requireNonNull(value, () -> name + " must not be null");
  }

  static <T> List<T> list(@Nullable List<T> values, String name) {
    required(values, name);
    for (T v : values) {
      if (v == null) {
        throw new NullPointerException(name + " must not contain null");
      }
    }
    return List.copyOf(values);
  }

  static String text(@Nullable String value, String name) {
    required(value, name);
    return value;
  }

  static @Nullable String optionalNonBlank(@Nullable String value, String name) {
    if (value != null && value.isBlank()) {
      throw new IllegalArgumentException(name + " must be null or non-blank");
    }
    return value;
  }
}
