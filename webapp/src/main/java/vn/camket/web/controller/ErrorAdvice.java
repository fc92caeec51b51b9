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

    @ExceptionHandler(IndexUnavailableException.class)
    @ResponseStatus(HttpStatus.SERVICE_UNAVAILABLE)
    public String indexUnavailable(IndexUnavailableException e) {
        log.warn("Request while no index is served: {}", e.getMessage());
        return "unavailable";
    }
}
