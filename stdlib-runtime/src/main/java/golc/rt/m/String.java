package golc.rt.m;

/** Method interface of {@code String() string} (fmt.Stringer). */
public interface String {
    java.lang.String String();
}
