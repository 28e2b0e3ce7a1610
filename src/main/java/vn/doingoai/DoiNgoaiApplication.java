package vn.doingoai;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Đối Ngoại: a province's foreign-affairs records and the reports built from them. */
@SpringBootApplication
@EnableScheduling
public class DoiNgoaiApplication {

    public static void main(String[] args) {
        SpringApplication.run(DoiNgoaiApplication.class, args);
    }
}
