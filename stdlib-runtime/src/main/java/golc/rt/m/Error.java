package golc.rt.m;

/** Method interface of {@code Error() string}: implemented by every type whose method set has it. */
public interface Error {
    java.lang.String Error();
}
