package golc.ir;

import golc.types.Named;

import java.util.List;

/**
 * A defined type and its methods, from which codegen makes the class {@code go/<pkg>/<Name>}, its type
 * descriptor, and bridge methods implementing the method interfaces.
 *
 * @param type     the defined type
 * @param jvmName  simple class name: the Go name, for local types made unique with a suffix ({@code T·1})
 * @param methods  the method set of {@code *T} (includes that of {@code T}); promoted methods appear with a
 *                 wrapper function made by lowering, so every entry has a body to call
 */
public record TypeDecl(Named type, String jvmName, List<Method> methods) {

    /**
     * @param sig      signature without receiver (the interface view)
     * @param ptrRecv  whether the method needs a pointer receiver (then not in the method set of {@code T})
     * @param impl     the function implementing it; its first parameter is the receiver ({@code T} or
     *                 {@code *T} as {@code ptrRecv} says)
     */
    public record Method(String name, MethodSig sig, boolean ptrRecv, FuncSym impl) {}
}
