package com.acme.assist;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class AssistApplication {
    public static void main(String[] args) {
        SpringApplication.run(AssistApplication.class, args);
    }
}
