/**
 * Exact float formatting and parsing for strconv and fmt: {@code FormatFloat} (Ryū for the shortest
 * round-trip digits, exact multiprecision decimal with round-half-even otherwise) and
 * {@code ParseFloat} with Go's syntax and error classes.
 *
 * <p>Binding: strconv's Go code (golc/std/strconv/ftoa.go) calls the golc-internal Go package
 * {@code strconvf} (golc/std/strconvf), whose body-less functions bind to {@link
 * golc.rt.std.strconvf.Natives} by the standard rule; fmt calls {@link
 * golc.rt.std.strconvf.FloatFormat} directly from Java.
 */
package golc.rt.std.strconvf;
