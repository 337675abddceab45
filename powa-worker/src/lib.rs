//! The `powa` PostgreSQL extension (library and extension name `powa`).
//!
//! Loaded by the postmaster through `shared_preload_libraries = 'powa'`, it
//! defines powa's settings and registers the powa background worker; loaded by
//! `CREATE EXTENSION powa`, it provides the SQL API. It is the only crate of
//! the workspace that touches PostgreSQL's internals (pgrx, pg_sys); plugins
//! reach the server only through powa-core.

use pgrx::prelude::*;

mod archive;
mod counters;
mod declared;
mod limits;
mod plugins;
mod sealing;
mod settings;
mod sources;
mod spi_host;
mod sql_sources;
mod walker;
mod worker;

pgrx::extension_sql_file!("../sql/tables.sql", name = "powa_tables", bootstrap);
pgrx::extension_sql_file!(
    "../sql/servers.sql",
    name = "powa_servers",
    requires = ["powa_tables"]
);
pgrx::extension_sql_file!(
    "../sql/added-0.2.0.sql",
    name = "powa_added_0_2_0",
    requires = ["powa_servers"]
);
pgrx::extension_sql_file!(
    "../sql/added-0.3.0.sql",
    name = "powa_added_0_3_0",
    requires = ["powa_added_0_2_0"]
);
// Last: it grants every function, pgrx's included.
pgrx::extension_sql_file!(
    "../sql/added-0.4.0.sql",
    name = "powa_added_0_4_0",
    finalize
);

::pgrx::pg_module_magic!(name, version);

#[allow(non_snake_case)]
#[pg_guard]
pub extern "C-unwind" fn _PG_init() {
    // Settings and workers can only be created while the postmaster loads
    // shared_preload_libraries; a plain CREATE EXTENSION just gets the SQL API.
    if unsafe { pg_sys::process_shared_preload_libraries_in_progress } {
        settings::define();
        declared::define(&settings::walker_plugins(), &plugins::libdir());
        worker::register();
    }
}

#[cfg(any(test, feature = "pg_test"))]
#[pg_schema]
mod tests {
    use pgrx::prelude::*;

    #[pg_test]
    fn settings_read_without_preloading() {
        // The test cluster does not preload powa: the settings are undefined,
        // written values still count and defaults apply to the others.
        assert_eq!(crate::settings::database(), "powa");
        assert_eq!(
            crate::settings::walker_plugins(),
            "plpgsql, no_such_plugin, ../evil"
        );
    }

    #[pg_test]
    fn configured_plugins_report_found_missing_and_invalid() {
        // walker.plugins is set for the test cluster in pg_test::postgresql_conf_options.
        let rows: Vec<(i32, String, Option<String>, String)> = Spi::connect(|client| {
            client
                .select(
                    "SELECT position, name, library, status FROM powa_configured_plugins() ORDER BY position",
                    None,
                    &[],
                )
                .unwrap()
                .map(|row| {
                    (
                        row.get::<i32>(1).unwrap().unwrap(),
                        row.get::<String>(2).unwrap().unwrap(),
                        row.get::<String>(3).unwrap(),
                        row.get::<String>(4).unwrap().unwrap(),
                    )
                })
                .collect()
        });
        assert_eq!(rows.len(), 3, "{rows:?}");
        assert_eq!(
            (rows[0].1.as_str(), rows[0].3.as_str()),
            ("plpgsql", "not a plugin")
        );
        assert!(rows[0].2.as_deref().unwrap().ends_with("/plpgsql.so"));
        assert_eq!(
            (rows[1].1.as_str(), rows[1].3.as_str()),
            ("no_such_plugin", "missing")
        );
        assert_eq!(
            (rows[2].1.as_str(), rows[2].3.as_str()),
            ("../evil", "invalid name")
        );
        assert_eq!(rows[2].2, None);
    }
}

/// Required by `cargo pgrx test`.
#[cfg(test)]
pub mod pg_test {
    pub fn setup(_options: Vec<&str>) {}

    #[must_use]
    pub fn postgresql_conf_options() -> Vec<&'static str> {
        // The worker itself is exercised by the end-to-end suite, which
        // preloads powa in its own clusters.
        vec!["walker.plugins = 'plpgsql, no_such_plugin, ../evil'"]
    }
}
