/**
 * Settings of the machinery under the modules: the data directory, database connection settings
 * and bulk writes, the caches (Spring Cache with Caffeine) with the data version that keeps cached
 * figures from ever lagging the records, and the executor on which a summary's figure sources run.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {})
package vn.doingoai.config;
