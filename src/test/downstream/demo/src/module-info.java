/** A downstream application that requires the library alone, as a user's module would. */
module demo {
  requires io.github.workreport;
}
