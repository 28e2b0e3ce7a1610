package vn.doingoai;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.core.metrics.jfr.FlightRecorderApplicationStartup;
import org.springframework.scheduling.annotation.EnableScheduling;
import vn.doingoai.config.AheadOfTime;

/** Đối Ngoại: a province's foreign-affairs records and the reports built from them. */
@SpringBootApplication
@EnableScheduling
public class DoiNgoaiApplication {

    public static void main(String[] args) {
        AheadOfTime.useIfBuilt(DoiNgoaiApplication.class);
        SpringApplication application = new SpringApplication(DoiNgoaiApplication.class);
        // Where the start's time goes, as JFR events (docs/benchmark.md, "session 7: start"):
        // java -Ddoingoai.startup-steps=jfr -XX:StartFlightRecording=filename=start.jfr -jar ...
        if ("jfr".equals(System.getProperty("doingoai.startup-steps"))) {
            application.setApplicationStartup(new FlightRecorderApplicationStartup());
        }
        application.run(args);
    }
}
