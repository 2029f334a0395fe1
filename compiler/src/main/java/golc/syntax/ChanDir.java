package golc.syntax;

/** Direction of a channel type: {@code chan T}, {@code chan<- T}, {@code <-chan T}. */
public enum ChanDir {
    BOTH, SEND, RECV
}
