package golc.rt.m;

/** Method interface of {@code GoString() string} (fmt.GoStringer). */
public interface GoString {
    java.lang.String GoString();
}
