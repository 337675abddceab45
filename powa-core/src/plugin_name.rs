//! Plugin names and the `walker.plugins` list.
//!
//! A plugin is found by name in PostgreSQL's `$libdir` only. Names are
//! restricted to `[a-z0-9_]+` so that a setting can never point outside it
//! (`/`, `..`) or at a file the host did not mean to open.

use std::fmt;

/// Longest accepted name: PostgreSQL identifiers stop at 63 bytes, and a
/// plugin's settings are named `<plugin>.<setting>`.
pub const MAX_PLUGIN_NAME_LEN: usize = 63;

/// A validated plugin name: non-empty, at most 63 bytes of `[a-z0-9_]`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct PluginName(String);

/// Why a plugin name was refused.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum PluginNameError {
    #[error(
        "plugin name is empty (two commas in a row, or a trailing comma?): names are [a-z0-9_]+"
    )]
    Empty,
    #[error(
        "plugin name \"{name}\" is {len} bytes long: at most {MAX_PLUGIN_NAME_LEN} are allowed"
    )]
    TooLong { name: String, len: usize },
    #[error(
        "plugin name \"{name}\" contains {found:?}: only lower-case letters, digits and '_' are \
         allowed, and plugins are looked up in $libdir only (no paths, no file suffix)"
    )]
    BadCharacter { name: String, found: char },
    #[error("plugin \"{name}\" is listed twice")]
    Duplicate { name: String },
}

impl PluginName {
    pub fn new(name: &str) -> Result<Self, PluginNameError> {
        if name.is_empty() {
            return Err(PluginNameError::Empty);
        }
        if let Some(found) = name
            .chars()
            .find(|c| !(c.is_ascii_lowercase() || c.is_ascii_digit() || *c == '_'))
        {
            return Err(PluginNameError::BadCharacter {
                name: name.to_owned(),
                found,
            });
        }
        if name.len() > MAX_PLUGIN_NAME_LEN {
            return Err(PluginNameError::TooLong {
                name: name.to_owned(),
                len: name.len(),
            });
        }
        Ok(Self(name.to_owned()))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The file the host opens: `<libdir>/<name>.so`.
    pub fn library_file_name(&self) -> String {
        format!("{}.so", self.0)
    }
}

impl fmt::Display for PluginName {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// One entry of a `walker.plugins` list: the name as written and whether it is
/// acceptable. An invalid entry does not invalidate the others: a host reports
/// it and carries on with the rest.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PluginListEntry {
    pub written: String,
    pub name: Result<PluginName, PluginNameError>,
}

/// Parses a comma-separated list as written in `walker.plugins`. Blanks around
/// names are ignored; an empty or blank setting means no plugins. Order is
/// kept: plugins load in the listed order.
pub fn parse_plugin_list(setting: &str) -> Vec<PluginListEntry> {
    if setting.trim().is_empty() {
        return Vec::new();
    }
    let mut seen: Vec<&str> = Vec::new();
    setting
        .split(',')
        .map(str::trim)
        .map(|written| {
            let name = PluginName::new(written).and_then(|name| {
                if seen.contains(&written) {
                    Err(PluginNameError::Duplicate {
                        name: written.to_owned(),
                    })
                } else {
                    seen.push(written);
                    Ok(name)
                }
            });
            PluginListEntry {
                written: written.to_owned(),
                name,
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accepts_lower_case_digits_and_underscore() {
        assert_eq!(
            PluginName::new("garbagemap_2").unwrap().as_str(),
            "garbagemap_2"
        );
        assert_eq!(
            PluginName::new("archive_basic")
                .unwrap()
                .library_file_name(),
            "archive_basic.so"
        );
    }

    #[test]
    fn refuses_paths_suffixes_and_upper_case() {
        for bad in [
            "../evil",
            "a/b",
            "x.so",
            "Garbage",
            "with space",
            "tab\t",
            "é",
        ] {
            let err = PluginName::new(bad).unwrap_err();
            assert!(
                matches!(err, PluginNameError::BadCharacter { .. }),
                "{bad}: {err}"
            );
            assert!(
                err.to_string().contains("[a-z0-9_]")
                    || err.to_string().contains("only lower-case")
            );
        }
        assert_eq!(PluginName::new(""), Err(PluginNameError::Empty));
    }

    #[test]
    fn refuses_names_longer_than_an_identifier() {
        let ok = "a".repeat(MAX_PLUGIN_NAME_LEN);
        assert!(PluginName::new(&ok).is_ok());
        let long = "a".repeat(MAX_PLUGIN_NAME_LEN + 1);
        assert_eq!(
            PluginName::new(&long),
            Err(PluginNameError::TooLong {
                name: long.clone(),
                len: 64
            })
        );
    }

    #[test]
    fn list_keeps_order_trims_and_reports_each_entry() {
        let list = parse_plugin_list(" one, two ,../three,,one");
        let written: Vec<_> = list.iter().map(|e| e.written.as_str()).collect();
        assert_eq!(written, ["one", "two", "../three", "", "one"]);
        assert_eq!(list[0].name.as_ref().unwrap().as_str(), "one");
        assert_eq!(list[1].name.as_ref().unwrap().as_str(), "two");
        assert!(matches!(
            list[2].name,
            Err(PluginNameError::BadCharacter { found: '.', .. })
        ));
        assert_eq!(list[3].name, Err(PluginNameError::Empty));
        assert!(matches!(
            list[4].name,
            Err(PluginNameError::Duplicate { .. })
        ));
    }

    #[test]
    fn blank_setting_means_no_plugins() {
        assert!(parse_plugin_list("").is_empty());
        assert!(parse_plugin_list("  ").is_empty());
    }
}
