//! powa-core: the contract between the powa host and its plugins.
//!
//! Linked by the host (the `powa` extension, `powa-collector`) and by every
//! plugin. It knows nothing of PostgreSQL's internals: plugins built against it
//! never link pgrx or libpq.
//!
//! What it holds today: the rules for plugin names and the parser of the
//! `walker.plugins` setting, shared by every host so they refuse the same
//! names with the same words. The stable-ABI plugin interface is not here yet.

pub mod plugin_name;

pub use plugin_name::{parse_plugin_list, PluginName, PluginNameError};
