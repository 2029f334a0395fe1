package golc.ir;

import golc.types.Signature;

/**
 * An interface method: name plus signature without receiver. Codegen makes one Java interface per
 * distinct {@link #key()} ({@code golc.rt.m.Error} for {@code Error() string}, ...).
 *
 * @param key name and signature as Go prints it, e.g. {@code Error func() string}; equal keys are the
 *            same method (for unexported names the key starts with the package path, {@code p.m ...})
 */
public record MethodSig(String name, Signature sig, String key) {

    @Override
    public boolean equals(Object o) {
        return o instanceof MethodSig m && m.key.equals(key);
    }

    @Override
    public int hashCode() {
        return key.hashCode();
    }
}
