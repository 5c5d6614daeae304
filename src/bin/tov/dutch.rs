//! The Dutch texts of `tov`'s help: what each command does and what each argument is for.
//! The English texts are the doc comments on `Cli` and the argument structs; these tables give
//! the same in Dutch, keyed by the command's name (`""` for `tov` itself) and the argument's id
//! (the field's name). A test walks the command tree and fails when a command, an argument or a
//! value name has no Dutch text here, or when a text here is no longer used.

/// The Dutch `about` of each command.
pub(crate) const COMMANDS: &[(&str, &str)] = &[
    (
        "",
        "Theory of Value van zelfregie- en herstelorganisaties",
    ),
    (
        "overview",
        "Het hoofdwerk op ingebouwde gegevens: de landelijke ToV met zijn validatierapport, en van \
         de voorbeeldorganisatie de schatting, de vergelijking, het meetplan en de zelfevaluatie.",
    ),
    (
        "check",
        "Herken van elk bestand de documentsoort, valideer het en toon de bevindingen.",
    ),
    ("schema", "Toon het JSON Schema van een documentsoort."),
    (
        "compare",
        "Vergelijk een lokale ToV met de landelijke (of met een andere referentie).",
    ),
    (
        "estimate",
        "Schat de toegevoegde waarde en de vermeden zorgkosten uit een ToV, een personaset en een \
         telling.",
    ),
    (
        "assess",
        "Vat een zelfevaluatie samen, en de verandering sinds een eerdere.",
    ),
    ("national", "Toon de ingebouwde landelijke ToV."),
    (
        "cids",
        "Exporteer een ToV, of een waardeschatting, naar de Common Impact Data Standard (CIDS) als \
         JSON-LD.",
    ),
    ("render", "Teken een ToV als zijn keten."),
    (
        "init",
        "Begin een lokale ToV: elk element van de landelijke ToV als verfijning om te houden, aan \
         te passen of te schrappen, met zijn JSON Schema ernaast voor aanvulling in de editor.",
    ),
    (
        "explain",
        "Leg een regelcode uit: wat ze opspoort, waarom, en hoe je het oplost.",
    ),
    (
        "report",
        "Schrijf het rapport voor bestuur en financiers: één zelfstandig HTML-bestand uit de \
         documenten van de organisatie (standaard die van de voorbeeldorganisatie).",
    ),
    (
        "monitor",
        "Het monitorrapport van metingen, verhalen en gebiedscijfers: per output wat gemeten is, \
         per soort verandering, naast de persona-schatting; kleine aantallen onderdrukt.",
    ),
    (
        "aggregate",
        "Voeg de monitorrapporten (JSON) van veel organisaties samen tot één beeld van de hele \
         beweging.",
    ),
];

/// The Dutch help of each argument: command, argument id, text.
pub(crate) const ARGS: &[(&str, &str, &str)] = &[
    (
        "",
        "lang",
        "Taal van meldingen en labels: nl (standaard) of en.",
    ),
    (
        "",
        "max_input_size",
        "Het grootste invoerbestand dat gelezen wordt, in bytes of met K, M of G (standaard \
         256M); een groter bestand, of een stroom die langer doorgaat, wordt geweigerd met TOV007.",
    ),
    (
        "",
        "all_findings",
        "Toon in tekstuitvoer elke bevinding, niet alleen de eerste 100 van elke code.",
    ),
    (
        "check",
        "files",
        "Te controleren bestanden; zonder bestand worden de ingebouwde landelijke ToV en de \
         voorbeeldorganisatie gecontroleerd.",
    ),
    (
        "check",
        "format",
        "Uitvoer voor mensen (text) of voor machines (json).",
    ),
    (
        "check",
        "reference",
        "De referentie-ToV waartegen ToV's met `refines` gecontroleerd worden; standaard de \
         ingebouwde landelijke.",
    ),
    (
        "schema",
        "kind",
        "theory-of-value, persona-set, census, assessment, measurement-plan, report, estimate, \
         comparison, funding, instrument, measurements, stories, area-figures, monitor-report.",
    ),
    (
        "schema",
        "dialect",
        "2020-12 (standaard), draft-07 of openapi3.",
    ),
    (
        "schema",
        "ui",
        "Toon in plaats daarvan het UI-schema voor een formulierbibliotheek: jsonforms of rjsf.",
    ),
    (
        "compare",
        "local",
        "De lokale ToV; zonder bestand die van de voorbeeldorganisatie.",
    ),
    (
        "compare",
        "reference",
        "De referentie-ToV; standaard de ingebouwde landelijke.",
    ),
    ("compare", "format", "Tekst, JSON of een Markdown-document."),
    (
        "compare",
        "force",
        "Vergelijk ook als een ToV fouten heeft (anders worden de bevindingen getoond, exit 1).",
    ),
    (
        "estimate",
        "tov",
        "De ToV; standaard de ingebouwde landelijke.",
    ),
    (
        "estimate",
        "personas",
        "De personaset; standaard die van de voorbeeldorganisatie.",
    ),
    (
        "estimate",
        "census",
        "De telling; standaard die van de voorbeeldorganisatie.",
    ),
    (
        "estimate",
        "funding",
        "De financieringsafspraken van de organisatie, om te zien wie betaalt en wie bespaart; \
         die van de voorbeeldorganisatie als er geen telling gegeven is.",
    ),
    (
        "estimate",
        "format",
        "Een Markdown-rapport (text), JSON of een HTML-rapport met grafieken.",
    ),
    (
        "estimate",
        "force",
        "Ga door als een document fouten heeft; de schatting zelf heeft wel geldige cijfers nodig.",
    ),
    (
        "assess",
        "file",
        "De zelfevaluatie; standaard die van de voorbeeldorganisatie uit 2026.",
    ),
    (
        "assess",
        "since",
        "Een eerdere zelfevaluatie van dezelfde organisatie; standaard die van het voorbeeld uit \
         2025.",
    ),
    ("national", "format", "Markdown of JSON."),
    (
        "cids",
        "file",
        "De ToV; standaard de ingebouwde landelijke.",
    ),
    (
        "cids",
        "estimate",
        "Exporteer in plaats daarvan de waardeschatting van een personaset en een telling \
         (standaard die van de voorbeeldorganisatie).",
    ),
    ("cids", "personas", "De personaset, met --estimate."),
    ("cids", "census", "De telling, met --estimate."),
    (
        "cids",
        "force",
        "Exporteer ook als de ToV fouten heeft (anders worden de bevindingen getoond, exit 1).",
    ),
    (
        "render",
        "file",
        "De ToV; standaard de ingebouwde landelijke.",
    ),
    (
        "render",
        "format",
        "Een Mermaid-diagram, SVG, een HTML-pagina of Markdown.",
    ),
    (
        "render",
        "force",
        "Teken ook als de ToV fouten heeft (anders worden de bevindingen getoond, exit 1).",
    ),
    ("init", "organisation", "De naam van de organisatie."),
    ("init", "municipalities", "De gemeenten waar ze werkt."),
    (
        "init",
        "id",
        "De identificatie van de ToV; standaard `tov-` en de naam van de organisatie.",
    ),
    (
        "init",
        "output",
        "Waar de ToV geschreven wordt (het schema komt ernaast).",
    ),
    (
        "explain",
        "code",
        "Een code zoals TOV301, of haar naam zoals gap.",
    ),
    ("report", "tov", "De ToV van de organisatie."),
    (
        "report",
        "reference",
        "De referentie-ToV; standaard de ingebouwde landelijke.",
    ),
    ("report", "personas", "De personaset."),
    ("report", "census", "De telling."),
    ("report", "plan", "Het meetplan."),
    ("report", "assessment", "De laatste zelfevaluatie."),
    (
        "report",
        "since",
        "Een eerdere zelfevaluatie, om de verandering te tonen.",
    ),
    ("report", "funding", "De financieringsafspraken."),
    (
        "report",
        "monitor",
        "Het monitorrapport, zoals `tov monitor --format json` het schrijft.",
    ),
    (
        "report",
        "force",
        "Schrijf het rapport ook als een document fouten heeft; die staan dan op de eerste pagina.",
    ),
    (
        "report",
        "output",
        "Schrijf de HTML naar BESTAND in plaats van naar de standaarduitvoer.",
    ),
    (
        "monitor",
        "measurements",
        "De metingen; zonder bestand het rapport van de voorbeeldorganisatie (met haar ToV, \
         verhalen, gebiedscijfers en persona-schatting).",
    ),
    (
        "monitor",
        "tov",
        "De ToV van de organisatie (nodig bij eigen metingen).",
    ),
    (
        "monitor",
        "instruments",
        "Een eigen instrumentdefinitie (herhaalbaar); MANSA, NEL en MPG zijn ingebouwd.",
    ),
    ("monitor", "stories", "Verhalen."),
    ("monitor", "areas", "Gebiedscijfers."),
    (
        "monitor",
        "personas",
        "Een personaset, voor de persona-schatting naast de gemeten aandelen (met --census).",
    ),
    ("monitor", "census", "Een telling, met --personas."),
    (
        "monitor",
        "threshold",
        "Aantallen onder deze grens worden onderdrukt; standaard 5, nooit minder dan 3.",
    ),
    (
        "monitor",
        "format",
        "Tekst, JSON (het rapportdocument), Markdown, HTML met grafieken, of CIDS JSON-LD.",
    ),
    (
        "aggregate",
        "reports",
        "Monitorrapporten zoals `tov monitor --format json` ze schrijft; zonder bestand dat van \
         het voorbeeld.",
    ),
    (
        "aggregate",
        "format",
        "Tekst, JSON (het samengevoegde rapport), Markdown, HTML met grafieken, of CIDS JSON-LD.",
    ),
];

/// The Dutch name of each placeholder in usage and help (`--format <FORMAAT>`), by its English
/// name.
pub(crate) const VALUE_NAMES: &[(&str, &str)] = &[
    ("LANG", "TAAL"),
    ("MAX_INPUT_SIZE", "GROOTTE"),
    ("FILES", "BESTANDEN"),
    ("FILE", "BESTAND"),
    ("FORMAT", "FORMAAT"),
    ("REFERENCE", "REFERENTIE"),
    ("KIND", "SOORT"),
    ("DIALECT", "DIALECT"),
    ("UI", "BIBLIOTHEEK"),
    ("LOCAL", "LOKAAL"),
    ("TOV", "TOV"),
    ("PERSONAS", "PERSONASET"),
    ("CENSUS", "TELLING"),
    ("FUNDING", "FINANCIERING"),
    ("SINCE", "EERDER"),
    ("ORGANISATION", "ORGANISATIE"),
    ("MUNICIPALITIES", "GEMEENTEN"),
    ("ID", "ID"),
    ("OUTPUT", "UITVOER"),
    ("CODE", "CODE"),
    ("PLAN", "MEETPLAN"),
    ("ASSESSMENT", "ZELFEVALUATIE"),
    ("MONITOR", "MONITORRAPPORT"),
    ("MEASUREMENTS", "METINGEN"),
    ("INSTRUMENTS", "INSTRUMENT"),
    ("STORIES", "VERHALEN"),
    ("AREAS", "GEBIEDSCIJFERS"),
    ("THRESHOLD", "DREMPEL"),
    ("REPORTS", "RAPPORTEN"),
];

/// The Dutch text of `command`.
pub(crate) fn command(command: &str) -> Option<&'static str> {
    COMMANDS
        .iter()
        .find(|(c, _)| *c == command)
        .map(|(_, text)| *text)
}

/// The Dutch help of the argument `id` of `command`.
pub(crate) fn arg(command: &str, id: &str) -> Option<&'static str> {
    ARGS.iter()
        .find(|(c, a, _)| *c == command && *a == id)
        .map(|(_, _, text)| *text)
}

/// The Dutch placeholder for the English `name`.
pub(crate) fn value_name(name: &str) -> Option<&'static str> {
    VALUE_NAMES
        .iter()
        .find(|(en, _)| *en == name)
        .map(|(_, nl)| *nl)
}
