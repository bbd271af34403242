package io.github.workreport;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.List;
import java.util.Map;

/**
 * Builds a record from named components, leaving the rest null (false, 0 for primitives), so that
 * hand-made test reports keep compiling when a record gains a component.
 */
public final class Records {
  private Records() {}

  /** A {@code type} with the components in {@code values}; every other component empty. */
  public static <R extends Record> R of(Class<R> type, Map<String, ?> values) {
    RecordComponent[] components = type.getRecordComponents();
    Class<?>[] types = new Class<?>[components.length];
    Object[] args = new Object[components.length];
    for (int i = 0; i < components.length; i++) {
      types[i] = components[i].getType();
      args[i] =
          values.containsKey(components[i].getName())
              ? values.get(components[i].getName())
              : empty(types[i]);
    }
    for (String name : values.keySet()) {
      boolean known = false;
      for (RecordComponent c : components) {
        known |= c.getName().equals(name);
      }
      if (!known) {
        throw new IllegalArgumentException(type.getSimpleName() + " has no component " + name);
      }
    }
    try {
      Constructor<R> ctor = type.getDeclaredConstructor(types);
      return ctor.newInstance(args);
    } catch (InvocationTargetException e) {
      throw e.getCause() instanceof RuntimeException re
          ? re
          : new IllegalStateException(e.getCause());
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Object empty(Class<?> type) {
    if (type == boolean.class) {
      return false;
    }
    if (type == int.class) {
      return 0;
    }
    if (type == long.class) {
      return 0L;
    }
    if (type == List.class) {
      return List.of();
    }
    return null;
  }
}
