//! Validation of powa's settings, shared by every host so that the same value
//! is refused with the same words everywhere.

/// `powa.frequency`, in seconds: -1 disables snapshots.
pub fn check_frequency(seconds: i32) -> Result<(), String> {
    match seconds {
        -1 => Ok(()),
        s if s >= 1 => Ok(()),
        s => Err(format!(
            "powa.frequency is {s}: it must be -1 (snapshots disabled) or at least 1 second (units accepted: '30s', '5min', '1h')"
        )),
    }
}

/// `powa.database`: a database name.
pub fn check_database(name: &str) -> Result<(), String> {
    if name.is_empty() {
        Err("powa.database is empty: it must name the database the powa worker connects to".into())
    } else if name.len() > 63 {
        Err(format!(
            "powa.database \"{name}\" is {} bytes long: database names have at most 63",
            name.len()
        ))
    } else {
        Ok(())
    }
}

/// `walker.slot_name`: a replication slot name.
pub fn check_slot_name(name: &str) -> Result<(), String> {
    if name.is_empty()
        || name.len() > 63
        || !name
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_')
    {
        Err(format!(
            "walker.slot_name \"{name}\" is not a replication slot name: 1 to 63 lower-case letters, digits or '_'"
        ))
    } else {
        Ok(())
    }
}

/// `powa.ignored_users`: a comma-separated list of role names (may be empty).
pub fn parse_ignored_users(setting: &str) -> Result<Vec<String>, String> {
    if setting.trim().is_empty() {
        return Ok(Vec::new());
    }
    setting
        .split(',')
        .map(str::trim)
        .map(|name| {
            if name.is_empty() {
                Err(format!(
                    "powa.ignored_users \"{setting}\" has an empty name: write role names separated by commas"
                ))
            } else if name.len() > 63 {
                Err(format!("powa.ignored_users: role name \"{name}\" is longer than 63 bytes"))
            } else {
                Ok(name.to_owned())
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn frequency() {
        assert!(check_frequency(-1).is_ok());
        assert!(check_frequency(1).is_ok());
        assert!(check_frequency(300).is_ok());
        let error = check_frequency(0).unwrap_err();
        assert!(
            error.contains("-1 (snapshots disabled) or at least 1 second"),
            "{error}"
        );
        assert!(check_frequency(-5).is_err());
    }

    #[test]
    fn database() {
        assert!(check_database("powa").is_ok());
        assert!(check_database("").unwrap_err().contains("is empty"));
        assert!(check_database(&"d".repeat(64))
            .unwrap_err()
            .contains("at most 63"));
    }

    #[test]
    fn slot_name() {
        assert!(check_slot_name("powa_walker").is_ok());
        assert!(check_slot_name("Powa")
            .unwrap_err()
            .contains("not a replication slot name"));
        assert!(check_slot_name("").is_err());
    }

    #[test]
    fn ignored_users() {
        assert_eq!(parse_ignored_users("").unwrap(), Vec::<String>::new());
        assert_eq!(
            parse_ignored_users(" alice, bob ").unwrap(),
            ["alice", "bob"]
        );
        assert!(parse_ignored_users("alice,,bob")
            .unwrap_err()
            .contains("empty name"));
    }
}
