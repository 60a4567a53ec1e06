package dev.onramp;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class OnrampApplication {

    public static void main(String[] args) {
        SpringApplication.run(OnrampApplication.class, args);
    }
}
