package vn.camket.text;

/** A plan file that cannot be read as a plan: the message names the file and says why. */
public class PlanFileException extends Exception {
    public PlanFileException(String message) {
        super(message);
    }
}
