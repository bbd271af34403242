/** A module that reaches into the library's engines, which it must not be able to do. */
module internal {
  requires io.github.workreport;
}
