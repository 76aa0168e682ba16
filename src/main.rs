//! The `digikomp` binary: parse (in the user's language), run, map errors to exit codes.

use digikomp::error::{ExitCode, Failure};

fn main() -> std::process::ExitCode {
    let cli = digikomp::cli::parse();
    let (globals, action) = cli.into_parts();
    match digikomp::commands::run(&globals, action) {
        Ok(()) => ExitCode::Success.into(),
        Err(err) => {
            // An interruption has already told the user where their answers are.
            if !matches!(err.downcast_ref::<Failure>(), Some(Failure::Interrupted)) {
                globals.say_error(&err);
            }
            ExitCode::of(&err).into()
        }
    }
}
