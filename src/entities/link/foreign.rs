//! Bodies named in other languages, whose names run on past the small
//! words that join them (`Institut Congolais pour la Conservation de la
//! Nature`, `Comisión Nacional para el Desarrollo de los Pueblos
//! Indígenas`), which the tagger cuts at those words.

use super::*;

/// First words of bodies' names in French, Spanish, Portuguese, Italian
/// and German that such names run on after (Italian newspapers' too:
/// `Corriere della Sera`, `Gazzetta dello Sport`), with the words of
/// [`super::words::FOREIGN_ORGANISATION_WORDS`].
const HEADS: &[&str] = &[
    "agence",
    "agencia",
    "agência",
    "agenzia",
    "asociación",
    "associação",
    "associazione",
    "caisse",
    "centro",
    "comisión",
    "comissão",
    "commissione",
    "comité",
    "comitato",
    "compagnia",
    "compagnie",
    "companhia",
    "compañía",
    "confederación",
    "confédération",
    "conseil",
    "consejo",
    "conselho",
    "consiglio",
    "corriere",
    "dirección",
    "direction",
    "école",
    "escuela",
    "federación",
    "fédération",
    "federazione",
    "ferrocarriles",
    "ferrovie",
    "gazzetta",
    "ministère",
    "ministerio",
    "ministero",
    "ministério",
    "mouvement",
    "movimento",
    "movimiento",
    "musée",
    "museo",
    "observatoire",
    "partido",
    "secretaría",
    "servicio",
    "servizio",
    "sindicato",
    "sociedad",
    "sociedade",
    "società",
    "société",
    "syndicat",
];

/// The small words that join the parts of such a name, longest first
/// where one begins another.
const LINKS: &[&str] = &[
    "pour la", "pour le", "pour les", "pour l'", "pour", "para el", "para la", "para los",
    "para las", "para", "per la", "per il", "per lo", "per le", "per i", "per", "et de la",
    "et des", "et du", "et de", "et", "y de", "y la", "y el", "y", "e", "für", "zur", "zum",
    "de la", "de los", "de las", "des", "du", "del", "de", "della", "delle", "dello", "degli",
    "dell'", "dei", "di", "do", "da", "dos", "das",
];

/// Words of such a name after its first link, at most.
const WORDS_MAX: usize = 8;

/// Whether `word` (any case) heads a body's name in another language.
fn head(word: &str) -> bool {
    static SET: std::sync::OnceLock<HashSet64> = std::sync::OnceLock::new();
    SET.get_or_init(|| {
        HEADS
            .iter()
            .chain(super::words::FOREIGN_ORGANISATION_WORDS)
            .map(|w| fold_hash(w))
            .collect()
    })
    .contains(&fold_hash(word))
}

/// The end of the name of a body in another language that runs on at
/// `at` (right after the part found) with a link and capitalised words,
/// more links between them (`pour la Conservation de la Nature`), or `at`
/// itself.
fn runs_on_to(text: &str, at: usize) -> usize {
    let mut end = at;
    let mut words = 0;
    loop {
        let rest = &text[end..];
        let Some(rest) = rest.strip_prefix(' ') else {
            return end;
        };
        // A link, then a capitalised word; or a capitalised word alone
        // after one already taken (`de la Nature`, `Industriale`).
        let link = LINKS.iter().find(|l| {
            rest.starts_with(**l) && (l.ends_with('\'') || rest[l.len()..].starts_with(' '))
        });
        let after = link.map_or(0, |l| l.len() + usize::from(!l.ends_with('\'')));
        if link.is_none() && words == 0 {
            return end;
        }
        let from = end + 1 + after;
        let word_end = text[from..]
            .find(|c: char| !(c.is_alphanumeric() || c == '-' || c == '\''))
            .map_or(text.len(), |i| from + i);
        let word = &text[from..word_end];
        if word.is_empty() || !title_case(word) || words >= WORDS_MAX {
            return end;
        }
        words += 1;
        end = word_end;
    }
}

/// The spans (in text order, apart) with each organisation's name headed
/// by a word of a body in another language ([`HEADS`]) taking in the
/// links and capitalised words after it, and the spans those cover.
pub(super) fn foreign_bodies_whole(text: &str, mut spans: Vec<Span>) -> Vec<Span> {
    let mut i = 0;
    while i < spans.len() {
        let s = &spans[i];
        let first = text[s.range()].split_byte(b' ').next().unwrap_or_default();
        if s.kind != Kind::Organisation || !head(first) {
            i += 1;
            continue;
        }
        let mut end = runs_on_to(text, s.end());
        if end > s.end() {
            let start = s.start;
            let covered = spans[i + 1..].iter().take_while(|n| n.start < end).count();
            // An organisation's span that reaches past the name ends it
            // (`Banca Monte` `dei` `Paschi di Siena S.p.A.`).
            if covered > 0 && spans[i + covered].kind == Kind::Organisation {
                end = end.max(spans[i + covered].end());
            }
            // Not over a span that reaches past the name.
            if covered == 0 || spans[i + covered].end() <= end {
                spans[i] = Span::new(text, start..end, Kind::Organisation);
                spans.drain(i + 1..i + 1 + covered);
            }
        }
        i += 1;
    }
    spans
}

#[cfg(test)]
mod tests {
    use super::super::test_support::linked;

    #[test]
    fn a_body_named_in_another_language_runs_on_past_its_links() {
        let [people, _, organisations] = linked(
            "The park is run by the {O|Institut Congolais} pour la {O|Conservation de la \
             Nature}. The {O|Comisión Nacional} para {P|el Desarrollo} de los {O|Pueblos \
             Indígenas} met. The {O|Istituto} per la {O|Ricostruzione Industriale} closed. \
             The {O|Fondation} pour la Recherche Médicale paid. The {O|Ferrovie} dello \
             {O|Stato} say the line is shut. The {O|Ministero} dell'{L|Economia} spoke. \
             {O|Banca Monte} dei {O|Paschi di Siena S.p.A.} lent. The {O|Société} des \
             {O|Rédacteurs} du {O|Monde} owns it. The {O|Gazzetta} dello {O|Sport} said so.",
        );
        assert_eq!(
            organisations,
            [
                "Institut Congolais pour la Conservation de la Nature",
                "Comisión Nacional para el Desarrollo de los Pueblos Indígenas",
                "Istituto per la Ricostruzione Industriale",
                "Fondation pour la Recherche Médicale",
                "Ferrovie dello Stato",
                "Ministero dell'Economia",
                "Banca Monte dei Paschi di Siena S.p.A.",
                "Société des Rédacteurs du Monde",
                "Gazzetta dello Sport"
            ]
        );
        assert!(people.is_empty(), "{people:?}");
    }

    #[test]
    fn a_body_in_english_or_without_a_link_stays_as_it_is() {
        let [_, places, organisations] = linked(
            "The {O|Bank of England} and {L|Paris} agreed. The {O|Institut Pasteur} de \
             {L|Lille} is old. The {O|Museo Nacional} closed in {L|Madrid}.",
        );
        assert_eq!(
            organisations,
            [
                "Bank of England",
                "Institut Pasteur de Lille",
                "Museo Nacional"
            ]
        );
        assert_eq!(places, ["Paris", "Madrid"]);
    }
}
