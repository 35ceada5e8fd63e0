/** Small runnable programs that show how to use Vanban; each one is also run by a test. */
module io.github.vanban.examples {
    requires io.github.vanban.core;
    requires io.github.vanban.validation;
    requires io.github.vanban.formats;

    exports io.github.vanban.examples;
}
