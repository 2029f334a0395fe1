/**
 * Go's package fmt: the printing engine in Java, bound to the Go sources in {@code golc/std/fmt}.
 *
 * <p>{@link golc.rt.std.fmt.Printer} is Go's {@code pp} (print.go) and {@code Fmt} Go's {@code fmt}
 * (format.go), kept in Go's structure so that every verb, flag and error annotation behaves as Go's.
 * Values are printed from their dynamic {@link golc.rt.GoType} (ARCHITECTURE.md's representation);
 * {@code Values} is the one place that knows how golc stores them. Error/String/GoString methods are
 * called through the method interfaces of {@code golc.rt.m}; Format methods cannot be called from Java
 * (their interfaces are generated), so the Go side passes a func value ({@code callFormat} in
 * state.go) that makes the interface call with a {@code State} backed by the Java printer.
 *
 * <p>Scanning (scan.go) is written in Go over {@code io.Reader}, so {@code Scan} works on any reader;
 * pointers to named types, which Go scans with reflect, go through {@code ScanTarget}.
 *
 * <p>Known differences from Go: %p and printed pointers show stand-in addresses; map keys of
 * different dynamic types in one interface-keyed map are ordered by type name (Go: by type
 * descriptor address); State.Width and Precision report 0 when not set (Go reports leftovers of an
 * earlier call). Methods on nil pointers are called as in Go when the interface value is codegen's
 * nil-pointer class (types with methods); a plain Box holding a nil pointer prints {@code <nil>}.
 */
package golc.rt.std.fmt;
