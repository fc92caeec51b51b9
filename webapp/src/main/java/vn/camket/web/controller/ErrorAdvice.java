package vn.camket.web.controller;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import vn.camket.search.IndexUnavailableException;

/** The index not being ready is a 503 with a page that says so, not a stack trace. */
@ControllerAdvice
public class ErrorAdvice {
    private static final Logger log = LoggerFactory.getLogger(ErrorAdvice.class);

    /** Broken percent-encoding in a parameter ("q=%zz"): the client's mistake, said plainly, not logged as a server error. */
    @ExceptionHandler(org.apache.tomcat.util.http.InvalidParameterException.class)
    @ResponseStatus(HttpStatus.BAD_REQUEST)
    public String badEncoding(org.apache.tomcat.util.http.InvalidParameterException e) {
        log.debug("Bad parameter encoding: {}", e.getMessage());
        return "bad-request";
    }

    @ExceptionHandler(IndexUnavailableException.class)
    @ResponseStatus(HttpStatus.SERVICE_UNAVAILABLE)
    public String indexUnavailable(IndexUnavailableException e) {
        log.warn("Request while no index is served: {}", e.getMessage());
        return "unavailable";
    }
}
