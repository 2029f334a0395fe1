package golc.rt;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The Go source file of a generated method when it is not the class's {@code SourceFile}: all functions of a
 * package are methods of one class {@code go/<p>/package}, and a class names one source file, so codegen marks
 * the methods compiled from the package's other files with this annotation; {@link SourceFiles} reads it.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface GoSource {
    /** The .go file's path as the compiler was given it. */
    String value();
}
