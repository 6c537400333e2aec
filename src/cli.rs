//! The command line, with Dutch help texts, and clap's errors turned into
//! one Dutch line each.

use std::path::PathBuf;

use clap::error::{ContextKind, ContextValue, ErrorKind};
use clap::{ArgAction, Args, Parser, Subcommand};

const HELP_TEMPLATE: &str = "\
{about}

Gebruik: {usage}

{all-args}{after-help}
";

/// Hoe verandert jouw werk door computers en AI? En wat wil jij leren?
#[derive(Debug, Parser)]
#[command(
    name = "kwadrant",
    version,
    override_usage = "kwadrant [--dir MAP] [--kleuren KLEUREN] [--catalogus MAP] [OPDRACHT]",
    help_template = HELP_TEMPLATE,
    subcommand_help_heading = "Opdrachten",
    next_help_heading = "Opties",
    disable_help_flag = true,
    disable_version_flag = true,
    disable_help_subcommand = true,
    after_help = "Zonder opdracht start kwadrant een nieuwe sessie in de terminal."
)]
pub struct Cli {
    /// Map waarin plannen worden opgeslagen (standaard: de huidige map)
    #[arg(long, value_name = "MAP")]
    pub dir: Option<PathBuf>,

    /// Kleuren: auto (standaard), licht, donker of geen
    #[arg(
        long,
        value_name = "KLEUREN",
        default_value = "auto",
        hide_default_value = true,
        hide_possible_values = true,
        value_parser = ["auto", "licht", "donker", "geen"]
    )]
    pub kleuren: String,

    /// De eigen catalogus van de gemeente: een map met catalogus.toml, suggesties.toml,
    /// functies.toml of taken.toml (of zet KWADRANT_CATALOGUS)
    #[arg(long, value_name = "MAP", global = true)]
    pub catalogus: Option<PathBuf>,

    /// Toon deze hulp
    #[arg(short = 'h', long = "help", action = ArgAction::Help, global = true)]
    help: Option<bool>,

    /// Toon het versienummer
    #[arg(short = 'V', long = "version", action = ArgAction::Version)]
    version: Option<bool>,

    /// Wat kwadrant moet doen
    #[command(subcommand)]
    pub command: Option<Command>,
}

/// The subcommands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Ga verder met een opgeslagen plan
    #[command(
        help_template = HELP_TEMPLATE,
        next_help_heading = "Opties",
        override_usage = "kwadrant open BESTAND"
    )]
    Open {
        /// Het plan (.toml)
        #[arg(value_name = "BESTAND")]
        file: PathBuf,
    },
    /// Toon het kwadrant bij twee scores of bij je antwoorden, zonder sessie
    #[command(
        help_template = HELP_TEMPLATE,
        next_help_heading = "Opties",
        override_usage = "kwadrant score --sociaal GETAL --creativiteit GETAL [--soort SOORT]\n       \
                          kwadrant score --antwoorden BESTAND [--soort SOORT]\n       \
                          kwadrant score --taken BESTAND [--soort SOORT]"
    )]
    Score {
        /// Sociale interactie en empathie (mensenwerk): 0 (weinig) tot en met 10 (veel)
        #[arg(long, value_name = "GETAL", allow_hyphen_values = true)]
        sociaal: Option<String>,
        /// Creativiteit en strategie: 0 (routine) tot en met 10 (veel)
        #[arg(long, value_name = "GETAL", allow_hyphen_values = true)]
        creativiteit: Option<String>,
        /// Antwoorden op de vragenlijst: een TOML-bestand met [antwoorden], zoals mc1 = 3 (kwadrant vragen noemt de ids)
        #[arg(long, value_name = "BESTAND", conflicts_with_all = ["sociaal", "creativiteit"])]
        antwoorden: Option<PathBuf>,
        /// Je taken: een TOML-bestand met [[taken]] zoals in een plan; toont de plek nu en over twee jaar
        #[arg(long, value_name = "BESTAND", conflicts_with_all = ["sociaal", "creativiteit", "antwoorden"])]
        taken: Option<PathBuf>,
        #[command(flatten)]
        soort: Soort,
    },
    /// Toon de vragenlijst: de uitspraken en de antwoorden die je kunt geven
    #[command(
        help_template = HELP_TEMPLATE,
        next_help_heading = "Opties",
        override_usage = "kwadrant vragen [--soort SOORT] [--toml]"
    )]
    Vragen {
        #[command(flatten)]
        soort: Soort,
        /// Als TOML, in de vorm van het gegevensbestand, voor een script
        #[arg(long)]
        toml: bool,
    },
    /// Controleer een of meer plannen
    #[command(
        help_template = HELP_TEMPLATE,
        next_help_heading = "Opties",
        override_usage = "kwadrant check BESTAND..."
    )]
    Check {
        /// De plannen (.toml)
        #[arg(value_name = "BESTAND", required = true)]
        files: Vec<PathBuf>,
    },
    /// Maak een versie voor je leidinggevende (Markdown of HTML om te printen)
    #[command(
        help_template = HELP_TEMPLATE,
        next_help_heading = "Opties",
        override_usage = "kwadrant export BESTAND --format md|html [-o UIT] [--force]"
    )]
    Export {
        /// Het plan (.toml)
        #[arg(value_name = "BESTAND")]
        file: PathBuf,
        /// md (Markdown) of html (een pagina om te printen)
        #[arg(long, value_name = "SOORT")]
        format: Option<String>,
        /// Schrijf naar dit bestand in plaats van naar het scherm
        #[arg(short = 'o', long = "output", value_name = "UIT")]
        output: Option<PathBuf>,
        /// Vervang het bestand bij -o als het al bestaat
        #[arg(long)]
        force: bool,
    },
    /// Toon een plan als leesbare tekst
    #[command(
        help_template = HELP_TEMPLATE,
        next_help_heading = "Opties",
        override_usage = "kwadrant show BESTAND"
    )]
    Show {
        /// Het plan (.toml)
        #[arg(value_name = "BESTAND")]
        file: PathBuf,
    },
    /// Toon een overzicht van de plannen van een groep, zonder namen
    #[command(
        help_template = HELP_TEMPLATE,
        next_help_heading = "Opties",
        override_usage = "kwadrant overzicht [MAP]... [--html UIT] [--force] [--groep NAAM]"
    )]
    Overzicht {
        /// De mappen met plannen (standaard: de map van --dir, of de huidige map); ook alle mappen daarin
        #[arg(value_name = "MAP")]
        folders: Vec<PathBuf>,
        /// Schrijf ook een pagina om te printen of te tonen (HTML)
        #[arg(long, value_name = "UIT")]
        html: Option<PathBuf>,
        /// Vervang het bestand bij --html als het al bestaat
        #[arg(long)]
        force: bool,
        /// De naam van de groep, onder de titel (zoals "DigiDuurzaam groep 3")
        #[arg(long, value_name = "NAAM")]
        groep: Option<String>,
    },
    /// Controleer de eigen catalogus van de gemeente, of maak er een begin voor
    #[command(
        help_template = HELP_TEMPLATE,
        next_help_heading = "Opties",
        override_usage = "kwadrant --catalogus MAP catalogus\n       kwadrant catalogus --uitpakken MAP",
        after_help = "Zonder --uitpakken: zegt welke catalogus kwadrant gebruikt en wat de eigen catalogus toevoegt."
    )]
    Catalogus {
        /// Schrijf de ingebouwde lijsten in deze map (een nieuwe, of een lege), als begin
        #[arg(long, value_name = "MAP")]
        uitpakken: Option<PathBuf>,
    },
    /// Maak aanvulling voor de opdrachtregel (bash, zsh, fish, powershell of elvish)
    #[command(
        help_template = HELP_TEMPLATE,
        next_help_heading = "Opties",
        override_usage = "kwadrant completions SHELL"
    )]
    Completions {
        /// bash, zsh, fish, powershell of elvish
        #[arg(value_name = "SHELL", value_parser = ["bash", "zsh", "fish", "powershell", "elvish"], hide_possible_values = true)]
        shell: String,
    },
    /// Maak de handleiding (man-pagina) van kwadrant
    #[command(
        help_template = HELP_TEMPLATE,
        next_help_heading = "Opties",
        override_usage = "kwadrant man"
    )]
    Man,
}

/// `--soort`, shared by `score` and `vragen`.
#[derive(Debug, Args)]
pub struct Soort {
    /// Soort werk: cognitief (denkwerk, standaard) of fysiek
    #[arg(
        long = "soort",
        value_name = "SOORT",
        default_value = "cognitief",
        hide_default_value = true
    )]
    pub id: String,
}

/// One Dutch line for a clap error that is not a request for help.
pub fn dutch_error(err: &clap::Error) -> String {
    let arg = match err.get(ContextKind::InvalidArg) {
        Some(ContextValue::String(s)) => s.clone(),
        Some(ContextValue::Strings(v)) => v.join(", "),
        _ => String::new(),
    };
    let value = match err
        .get(ContextKind::InvalidValue)
        .or_else(|| err.get(ContextKind::InvalidSubcommand))
    {
        Some(ContextValue::String(s)) => s.clone(),
        _ => String::new(),
    };
    let arg = arg
        .replace(['<', '>'], "")
        .trim_end_matches('.')
        .to_string();
    let what = match err.kind() {
        ErrorKind::UnknownArgument => format!("onbekende optie {arg}"),
        ErrorKind::InvalidSubcommand => format!("onbekende opdracht '{value}'"),
        ErrorKind::MissingRequiredArgument => format!("er ontbreekt: {arg}"),
        ErrorKind::MissingSubcommand => "er ontbreekt een opdracht".to_string(),
        ErrorKind::InvalidValue | ErrorKind::ValueValidation => {
            format!("ongeldige waarde '{value}' bij {arg}")
        }
        ErrorKind::TooManyValues => {
            format!("{arg} staat er te vaak")
        }
        ErrorKind::ArgumentConflict => format!("{arg} gaat niet samen met een andere optie"),
        _ => "de opdracht klopt niet".to_string(),
    };
    format!("kwadrant: {what}. Zie 'kwadrant --help'.")
}
