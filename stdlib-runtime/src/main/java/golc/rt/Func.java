package golc.rt;

/**
 * A Go func value. Generated closures subclass it (and may add typed fast paths); Java runtime code calls any
 * func value through {@link #invoke}: arguments JVM-boxed in order (variadic part as one Slice), result as
 * the function returns it boxed, several results as {@code Object[]}, no result as {@code null}.
 */
public abstract class Func {
    public abstract Object invoke(Object[] args);
}
