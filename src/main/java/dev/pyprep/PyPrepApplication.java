package dev.pyprep;

import dev.pyprep.admin.BankCommand;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class PyPrepApplication {

    public static void main(String[] args) throws Exception {
        if (BankCommand.handles(args)) {
            System.exit(BankCommand.run(args));
        }
        SpringApplication.run(PyPrepApplication.class, args);
    }
}
