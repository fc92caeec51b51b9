package vn.camket.web.controller;

/** Lets tests outside the package reach the CSV cell neutralization. */
public final class ExportControllerAccess {
    private ExportControllerAccess() {}

    public static String neutralize(String cell) {
        return ExportController.neutralize(cell);
    }
}
