package com.weibao;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class WeibaoApplication {

    public static void main(String[] args) {
        SpringApplication.run(WeibaoApplication.class, args);
    }
}
