//! Settings a plugin declares (name, kind, default, bounds or allowed
//! values, whether a change needs a restart, description). The worker
//! registers them with PostgreSQL as real settings, so `SHOW`,
//! `pg_settings` and `ALTER SYSTEM` know them and a bad value is refused
//! when it is set, with what is allowed; powa-collector checks its
//! configuration file against the same declarations ([`SettingSpec::check`]).
//! A plugin reads them as before, as text ([`crate::Host::setting`]).

use abi_stable::std_types::{RString, RVec};
use abi_stable::StableAbi;

/// What values a setting takes.
#[repr(u8)]
#[derive(StableAbi, Debug, Clone, Copy, PartialEq, Eq)]
pub enum SettingKind {
    Text,
    /// A whole number in `min..=max`.
    Integer,
    /// One of `values`.
    Choice,
    /// on or off.
    Boolean,
}

/// When a new value applies.
#[repr(u8)]
#[derive(StableAbi, Debug, Clone, Copy, PartialEq, Eq)]
pub enum SettingReload {
    /// At a reload (SIGHUP).
    Reload,
    /// At a restart of the server.
    Restart,
}

/// One declared setting. Its name is `<plugin>.<setting>`: the worker
/// registers only those under the declaring plugin's name.
#[repr(C)]
#[derive(StableAbi, Debug, Clone, PartialEq)]
pub struct SettingSpec {
    pub name: RString,
    pub description: RString,
    pub kind: SettingKind,
    pub reload: SettingReload,
    /// The default, as text (`on`/`off` for a boolean).
    pub default: RString,
    pub min: i32,
    pub max: i32,
    pub values: RVec<RString>,
}

impl SettingSpec {
    fn new(name: &str, description: &str, kind: SettingKind, default: &str) -> Self {
        Self {
            name: name.into(),
            description: description.into(),
            kind,
            reload: SettingReload::Reload,
            default: default.into(),
            min: 0,
            max: 0,
            values: RVec::new(),
        }
    }

    pub fn text(name: &str, description: &str, default: &str) -> Self {
        Self::new(name, description, SettingKind::Text, default)
    }

    pub fn integer(name: &str, description: &str, default: i32, min: i32, max: i32) -> Self {
        Self {
            min,
            max,
            ..Self::new(
                name,
                description,
                SettingKind::Integer,
                &default.to_string(),
            )
        }
    }

    pub fn choice(name: &str, description: &str, default: &str, values: &[&str]) -> Self {
        Self {
            values: values.iter().map(|v| RString::from(*v)).collect(),
            ..Self::new(name, description, SettingKind::Choice, default)
        }
    }

    pub fn boolean(name: &str, description: &str, default: bool) -> Self {
        Self::new(
            name,
            description,
            SettingKind::Boolean,
            if default { "on" } else { "off" },
        )
    }

    /// A change applies at the next restart only.
    pub fn restart(self) -> Self {
        Self {
            reload: SettingReload::Restart,
            ..self
        }
    }

    /// What the setting allows, in words.
    pub fn allowed(&self) -> String {
        match self.kind {
            SettingKind::Text => "any text".to_owned(),
            SettingKind::Integer => format!("a whole number from {} to {}", self.min, self.max),
            SettingKind::Choice => format!(
                "one of {}",
                self.values
                    .iter()
                    .map(|v| v.as_str())
                    .collect::<Vec<_>>()
                    .join(", ")
            ),
            SettingKind::Boolean => "on or off".to_owned(),
        }
    }

    /// Whether `value` is one this setting takes (as PostgreSQL reads it:
    /// choices and booleans case-insensitively).
    pub fn check(&self, value: &str) -> Result<(), String> {
        let text = value.trim();
        let valid = match self.kind {
            SettingKind::Text => true,
            SettingKind::Integer => text
                .parse::<i64>()
                .is_ok_and(|n| (i64::from(self.min)..=i64::from(self.max)).contains(&n)),
            SettingKind::Choice => self.values.iter().any(|v| v.eq_ignore_ascii_case(text)),
            SettingKind::Boolean => matches!(
                text.to_ascii_lowercase().as_str(),
                "on" | "off" | "true" | "false" | "yes" | "no" | "1" | "0"
            ),
        };
        if valid {
            Ok(())
        } else {
            Err(format!(
                "{} is {value:?}: it must be {}",
                self.name,
                self.allowed()
            ))
        }
    }
}

/// Checks `settings` (name, value) written for the plugins `declared`
/// (plugin name, its declarations): a name under a plugin that declares
/// settings must be one of them, and its value one it takes. Names of
/// other plugins are left alone.
pub fn check_written<'a>(
    settings: impl IntoIterator<Item = (&'a str, &'a str)>,
    declared: &[(&str, Vec<SettingSpec>)],
) -> Result<(), String> {
    for (name, value) in settings {
        let Some((plugin, specs)) =
            declared
                .iter()
                .filter(|(_, specs)| !specs.is_empty())
                .find(|(plugin, _)| {
                    name.strip_prefix(plugin)
                        .is_some_and(|r| r.starts_with('.'))
                })
        else {
            continue;
        };
        match specs.iter().find(|s| s.name == name) {
            Some(spec) => spec.check(value)?,
            None => {
                return Err(format!(
                    "{name} is not a setting of plugin {plugin}, which has {}",
                    specs
                        .iter()
                        .map(|s| s.name.as_str())
                        .collect::<Vec<_>>()
                        .join(", ")
                ))
            }
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn specs() -> Vec<SettingSpec> {
        vec![
            SettingSpec::choice("p.mode", "the mode", "none", &["none", "lz4"]),
            SettingSpec::integer("p.workers", "threads", 2, 0, 16).restart(),
            SettingSpec::boolean("p.verbose", "talk", false),
            SettingSpec::text("p.dir", "where", ""),
        ]
    }

    #[test]
    fn values_are_checked_against_their_kind() {
        let specs = specs();
        assert!(specs[0].check("LZ4").is_ok());
        assert_eq!(
            specs[0].check("gzip").unwrap_err(),
            "p.mode is \"gzip\": it must be one of none, lz4"
        );
        assert!(specs[1].check("16").is_ok());
        assert_eq!(
            specs[1].check("17").unwrap_err(),
            "p.workers is \"17\": it must be a whole number from 0 to 16"
        );
        assert!(specs[1].check("two").is_err());
        assert_eq!(specs[1].reload, SettingReload::Restart);
        assert!(specs[2].check("yes").is_ok() && specs[2].check("maybe").is_err());
        assert_eq!(specs[2].default.as_str(), "off");
        assert!(specs[3].check("/anything").is_ok());
    }

    #[test]
    fn written_settings_must_be_declared_under_their_plugin() {
        let declared = [("p", specs()), ("quiet", Vec::new())];
        assert!(check_written(
            [("p.mode", "lz4"), ("other.x", "1"), ("quiet.x", "1")],
            &declared
        )
        .is_ok());
        assert_eq!(
            check_written([("p.mdoe", "lz4")], &declared).unwrap_err(),
            "p.mdoe is not a setting of plugin p, which has p.mode, p.workers, p.verbose, p.dir"
        );
        assert!(check_written([("p.workers", "99")], &declared).is_err());
        // A plugin whose name is a prefix of another's is not confused.
        assert!(check_written([("pp.mode", "x")], &declared).is_ok());
    }
}
