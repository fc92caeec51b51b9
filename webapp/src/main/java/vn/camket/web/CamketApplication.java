package vn.camket.web;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The Camket portal. */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class CamketApplication {
    public static void main(String[] args) {
        SpringApplication.run(CamketApplication.class, args);
    }
}
