package dev.pyprep.system;

import java.net.URI;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;

/**
 * Creates the PostgreSQL database named in spring.datasource.url when it does not exist yet, so a fresh self-hosted
 * install needs no manual step. Off with pyprep.database.create-if-missing=false.
 */
public class DatabaseBootstrap implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        Environment env = context.getEnvironment();
        String url = env.getProperty("spring.datasource.url");
        if (url == null || !url.startsWith("jdbc:postgresql://")
                || !env.getProperty("pyprep.database.create-if-missing", Boolean.class, true)) {
            return;
        }
        Properties credentials = new Properties();
        credentials.setProperty("user", env.getProperty("spring.datasource.username", "postgres"));
        credentials.setProperty("password", env.getProperty("spring.datasource.password", ""));
        try (Connection ignored = DriverManager.getConnection(url, credentials)) {
            return;
        } catch (SQLException e) {
            if (!"3D000".equals(e.getSQLState())) {
                return; // not "database does not exist": let the normal start-up report it
            }
        }
        URI uri = URI.create(url.substring("jdbc:".length()));
        String database = uri.getPath().substring(1);
        if (!database.matches("[A-Za-z0-9_]+")) {
            throw new IllegalStateException("Refusing to create a database with the name '" + database + "'");
        }
        String maintenance = url.replaceFirst("/" + database + "(\\?|$)", "/postgres$1");
        try (Connection c = DriverManager.getConnection(maintenance, credentials); Statement s = c.createStatement()) {
            s.execute("create database " + database);
        } catch (SQLException e) {
            if (!"42P04".equals(e.getSQLState())) { // created meanwhile by another process
                throw new IllegalStateException("Database " + database + " does not exist and could not be created: "
                        + e.getMessage(), e);
            }
        }
    }
}
