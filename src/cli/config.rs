//! `folio config`: where the config file is, and the default one.

use clap::Subcommand;

use super::{Error, print};
use crate::{config, sanitize};

#[derive(Debug, Subcommand)]
pub enum ConfigCommand {
    /// Print where the config file is read from: config.toml in
    /// $FOLIO_CONFIG_DIR, else the user's config directory.
    Path,
    /// Print the default config file, every entry with a comment.
    ///
    /// Save it as the file `folio config path` names, then edit it.
    Default,
}

/// Run a `folio config` subcommand.
pub fn run(command: ConfigCommand) -> Result<(), Error> {
    match command {
        ConfigCommand::Path => {
            // The directory may come from the environment: shown safely.
            let path = config::path()?;
            print(&format!(
                "{}\n",
                sanitize::line(&path.display().to_string())
            ))
        }
        ConfigCommand::Default => print(&config::default_file()),
    }
}
