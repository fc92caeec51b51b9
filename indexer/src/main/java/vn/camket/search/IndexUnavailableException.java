package vn.camket.search;

/** No index is published yet (first start, build still running). */
public class IndexUnavailableException extends RuntimeException {
    public IndexUnavailableException() {
        super("The index is not ready yet; it is being built.");
    }
}
