//! Words as linking compares them: folded (lower case, straight apostrophes,
//! no final dot) and hashed, the word lists, and words around a span.

use super::*;

/// Titles and honorifics stripped from the start of a person's name, and
/// dropped when they are the whole mention (and so are the [`KIN`]). Lower
/// case, without a final dot.
pub(super) const TITLES: &[&str] = &[
    "abouna",
    "adm",
    "admiral",
    "advocate",
    "akim",
    "alderman",
    "ambassador",
    "archbishop",
    "assemblyman",
    "assemblywoman",
    "ayatollah",
    "baron",
    "baroness",
    "bishop",
    "brig",
    "caliph",
    "capt",
    "captain",
    "cardinal",
    "chairman",
    "chairwoman",
    "chancellor",
    "chief",
    "cllr",
    "col",
    "colonel",
    "commander",
    "commissioner",
    "comrade",
    "congressman",
    "congresswoman",
    "constable",
    "consul",
    "councillor",
    "councilman",
    "councilor",
    "councilwoman",
    "count",
    "countess",
    "czar",
    "dame",
    "deputy",
    "detective",
    "dona",
    "doña",
    "dr",
    "duchess",
    "duke",
    "emir",
    "emperor",
    "empress",
    "envoy",
    "father",
    "first",
    "gen",
    "general",
    "gov",
    "governor",
    "hon",
    "honorable",
    "honourable",
    "imam",
    "inspector",
    "judge",
    "justice",
    "khedive",
    "king",
    "lady",
    "leader",
    "lieutenant",
    "lord",
    "lt",
    "madam",
    "madame",
    "magistrate",
    "maharaja",
    "maharajah",
    "maj",
    "major",
    "mansa",
    "marshal",
    "mayor",
    "minister",
    "miss",
    "mr",
    "mrs",
    "ms",
    "mx",
    "nawab",
    "negus",
    "pani",
    "pastor",
    "patriarch",
    "pope",
    "premier",
    "president",
    "president-elect",
    "prime",
    "prince",
    "princess",
    "prof",
    "professor",
    "queen",
    "rabbi",
    "rajah",
    "ras",
    "rep",
    "representative",
    "rev",
    "reverend",
    "secretary",
    "sen",
    "senator",
    "senhor",
    "senhora",
    "sergeant",
    "sgt",
    "sheikh",
    "sheikha",
    "sheriff",
    "sir",
    "sister",
    "speaker",
    "spokesman",
    "spokeswoman",
    "sultan",
    "supreme",
    "treasurer",
    "tsar",
    "tsarina",
    "ustad",
    "vice",
    "vice-president",
    "wali",
];

/// Kin, as a family names them (`Mum`, `Auntie Rose`, and in the
/// Philippines and South Africa `Tita Baby`, `Kuya Jun`, `Gogo Nomsa`):
/// titles too, and never a name alone. Not `Nan`, `Nana`, `Mama`, `Papa` or
/// `Lola`, which are names too.
pub(super) const KIN: &[&str] = &[
    "amto", "ate", "aunt", "auntie", "aunty", "dad", "daddy", "gogo", "gran", "grandad",
    "granddad", "grandma", "grandpa", "granny", "khalto", "kuya", "lolo", "mom", "mommy", "mum",
    "mummy", "tante", "tita", "tito", "uncle", "whaea",
];

/// Kin words that are names too, besides [`KIN_ALONE`] (`Nana`, `Lola`):
/// [`KIN`] leaves them out, and a rule that finds a given name on no other
/// evidence passes them by, as it does [`KIN_ALONE`].
pub(super) const KIN_NAMES: &[&str] = &["lola", "nan", "nana"];

/// Kin words that are no name alone (`Mama cooked`), but begin names too
/// often to be cut from them as titles are (`Mama Africa`, `Papa Wemba`).
pub(super) const KIN_ALONE: &[&str] = &["mama", "papa"];

/// Words for peoples and their languages: never a person or a place on their
/// own. Lower case; a plural `s` is also recognised.
pub(super) const DEMONYMS: &[&str] = &[
    "abbasid",
    "aboriginal",
    "afghan",
    "african",
    "afrikaner",
    "akkadian",
    "albanian",
    "algerian",
    "almohad",
    "almoravid",
    "amalekite",
    "american",
    "ammonite",
    "andorran",
    "anglo-saxon",
    "angolan",
    "arab",
    "arabic",
    "argentine",
    "argentinian",
    "armenian",
    "asian",
    "assyrian",
    "australian",
    "austrian",
    "aymara",
    "azerbaijani",
    "azeri",
    "aztec",
    "babylonian",
    "bahamian",
    "bahraini",
    "bangladeshi",
    "barbadian",
    "basque",
    "belarusian",
    "belgian",
    "belizean",
    "benedictine",
    "bengali",
    "beninese",
    "berber",
    "bhutanese",
    "bolivian",
    "bosnian",
    "botswanan",
    "brazilian",
    "british",
    "bruneian",
    "buddhist",
    "bulgarian",
    "burkinabe",
    "burmese",
    "burundian",
    "byzantine",
    "cambodian",
    "cameroonian",
    "canaanite",
    "canadian",
    "carthaginian",
    "catalan",
    "catholic",
    "chadian",
    "chaldean",
    "chechen",
    "cherokee",
    "chilean",
    "chinese",
    "colombian",
    "congolese",
    "cossack",
    "croatian",
    "cuban",
    "cypriot",
    "danish",
    "denisovan",
    "djiboutian",
    "dutch",
    "ecuadorian",
    "edomite",
    "egyptian",
    "elamite",
    "emirati",
    "english",
    "eritrean",
    "estonian",
    "ethiopian",
    "etruscan",
    "european",
    "fatimid",
    "fijian",
    "filipino",
    "finnish",
    "flemish",
    "franciscan",
    "frankish",
    "french",
    "gabonese",
    "galilean",
    "gambian",
    "german",
    "ghanaian",
    "greek",
    "grenadian",
    "guatemalan",
    "guinean",
    "guyanese",
    "haitian",
    "hebrew",
    "hindi",
    "hindu",
    "hittite",
    "hmong",
    "honduran",
    "hopi",
    "hungarian",
    "icelandic",
    "inca",
    "indian",
    "indonesian",
    "inuit",
    "iranian",
    "iraqi",
    "irish",
    "islamic",
    "israeli",
    "israelite",
    "italian",
    "ivorian",
    "jamaican",
    "japanese",
    "jesuit",
    "jewish",
    "jordanian",
    "judean",
    "kazakh",
    "kenyan",
    "korean",
    "kosovar",
    "kurd",
    "kurdish",
    "kuwaiti",
    "kyrgyz",
    "laotian",
    "latin american",
    "latvian",
    "lebanese",
    "levite",
    "liberian",
    "libyan",
    "lithuanian",
    "luxembourgish",
    "macedonian",
    "malagasy",
    "malawian",
    "malaysian",
    "maldivian",
    "malian",
    "maltese",
    "maori",
    "marinid",
    "mauritanian",
    "mauritian",
    "maya",
    "mayan",
    "mexican",
    "middle eastern",
    "midianite",
    "mixtec",
    "moabite",
    "moldovan",
    "monegasque",
    "mongol",
    "mongolian",
    "montenegrin",
    "moroccan",
    "mozambican",
    "muslim",
    "māori",
    "namibian",
    "nasrid",
    "navajo",
    "neanderthal",
    "nepalese",
    "nepali",
    "nicaraguan",
    "nigerian",
    "nigerien",
    "north korean",
    "norwegian",
    "olmec",
    "omani",
    "ostrogoth",
    "ottoman",
    "pakistani",
    "palestinian",
    "panamanian",
    "paraguayan",
    "parthian",
    "pashtun",
    "persian",
    "peruvian",
    "philistine",
    "phoenician",
    "polish",
    "portuguese",
    "protestant",
    "punjabi",
    "qatari",
    "quechua",
    "romanian",
    "russian",
    "rwandan",
    "salvadoran",
    "samaritan",
    "sami",
    "samoan",
    "sassanid",
    "saudi",
    "scottish",
    "scythian",
    "seleucid",
    "senegalese",
    "serbian",
    "seychellois",
    "sikh",
    "singaporean",
    "sioux",
    "slovak",
    "slovakian",
    "slovenian",
    "somali",
    "south african",
    "south korean",
    "soviet",
    "spanish",
    "sri lankan",
    "sudanese",
    "sumerian",
    "surinamese",
    "swahili",
    "swazi",
    "swedish",
    "swiss",
    "syrian",
    "sámi",
    "taiwanese",
    "tajik",
    "tamil",
    "tanzanian",
    "tatar",
    "thai",
    "thracian",
    "tibetan",
    "togolese",
    "toltec",
    "tongan",
    "trinidadian",
    "tuareg",
    "tunisian",
    "turkish",
    "turkmen",
    "ugandan",
    "uighur",
    "ukrainian",
    "umayyad",
    "urdu",
    "uruguayan",
    "uyghur",
    "uzbek",
    "venezuelan",
    "vietnamese",
    "visigoth",
    "walloon",
    "welsh",
    "western",
    "yemeni",
    "zambian",
    "zapotec",
    "zimbabwean",
];

/// The names of God that the tagger may take for a person's: a person's
/// whatever the words around say (`cried to God`, `the mountain of God`
/// are no place).
pub(super) const DEITIES: &[&str] = &["Allah", "God", "Jehovah", "LORD", "Yahweh"];

/// Words that begin sports clubs' names (`Dynamo Moscow`, `Borussia
/// Dortmund`): they make a span an organisation, as the
/// [`ORGANISATION_WORDS`] do, but are no body's word alone after a
/// possessive (`Russia's Dinamo` is a country and a club).
pub(super) const CLUB_WORDS: &[&str] = &[
    "atletico",
    "atlético",
    "borussia",
    "celta",
    "deportivo",
    "dinamo",
    "dynamo",
    "eintracht",
    "hajduk",
    "legia",
    "lokomotiv",
    "lokomotive",
    "olympique",
    "partizan",
    "racing",
    "slavia",
    "spartak",
    "sporting",
    "steaua",
    "zenit",
];

/// The words of [`ORGANISATION_WORDS`] in the languages whose bodies an
/// English text names as they call themselves (`Banco Quintana`, `Grupo
/// Zambeze Media`, `Fundação Getulio Vargas`, `Universität Wien`,
/// `Sekiguchi Seisakusho`, `Hakuchō Kōsan`, `Asahi Shimbun`).
pub(super) const FOREIGN_ORGANISATION_WORDS: &[&str] = &[
    "banca",
    "banco",
    "banque",
    "denki",
    "gakuen",
    "ginko",
    "ginkō",
    "jidosha",
    "jidōsha",
    "kabushiki",
    "kaisha",
    "kogyo",
    "kosan",
    "kōgyō",
    "kōsan",
    "sangyo",
    "sangyō",
    "seisakusho",
    "shimbun",
    "shinbun",
    "shokai",
    "shōkai",
    "tekko",
    "tekkō",
    "zosen",
    "zōsen",
    "compagnie",
    "companhia",
    "compañía",
    "ediciones",
    "fondation",
    "fondazione",
    "fundación",
    "fundação",
    "groupe",
    "grupo",
    "gruppo",
    "hochschule",
    "institut",
    "instituto",
    "istituto",
    "partei",
    "sociedad",
    "società",
    "stiftung",
    "universidad",
    "universidade",
    "universitat",
    "universiteit",
    "università",
    "universität",
    "université",
    "uniwersytet",
    "verlag",
];

/// Words that make a span an organisation or an event, not a person or place.
pub(super) const ORGANISATION_WORDS: &[&str] = &[
    "ab",
    "academy",
    "administration",
    "aerospace",
    "agency",
    "airline",
    "airlines",
    "airways",
    "alliance",
    "aps",
    "archdiocese",
    "army",
    "assembly",
    "association",
    "authority",
    "automotive",
    "bakery",
    "bancorp",
    "band",
    "bank",
    "battalion",
    "battalions",
    "bhd",
    "board",
    "borderers",
    "brewery",
    "brewing",
    "brigade",
    "broadcasting",
    "bros",
    "bv",
    "bvba",
    "camera",
    "capital",
    "chemicals",
    "choir",
    "chronicle",
    "club",
    "coaches",
    "coalition",
    "college",
    "commission",
    "committee",
    "communications",
    "community",
    "company",
    "congress",
    "consulting",
    "corp",
    "corporation",
    "corps",
    "council",
    "court",
    "dental",
    "department",
    "digital",
    "diocese",
    "dragoons",
    "electric",
    "electronics",
    "energy",
    "enterprises",
    "entertainment",
    "federation",
    "film",
    "films",
    "foods",
    "forces",
    "foundation",
    "frères",
    "fund",
    "fusiliers",
    "gazette",
    "gmbh",
    "government",
    "grenadiers",
    "group",
    "guards",
    "herald",
    "holdings",
    "hussars",
    "imaging",
    "inc",
    "industries",
    "institute",
    "insurance",
    "interactive",
    "kft",
    "kgaa",
    "labs",
    "lancers",
    "league",
    "liga",
    "llc",
    "llp",
    "logistics",
    "logistik",
    "ltd",
    "mart",
    "media",
    "ministry",
    "motors",
    "museo",
    "museu",
    "museum",
    "musée",
    "mutual",
    "navy",
    "networks",
    "news",
    "nv",
    "orchestra",
    "organisation",
    "organization",
    "oy",
    "oyj",
    "parliament",
    "partners",
    "party",
    "petroleum",
    "pharma",
    "pharmaceuticals",
    "philharmonia",
    "philharmonic",
    "pictures",
    "plc",
    "police",
    "politburo",
    "press",
    "productions",
    "prospecting",
    "pty",
    "publishers",
    "publishing",
    "radio",
    "railway",
    "railways",
    "records",
    "refinery",
    "regiment",
    "resources",
    "rifles",
    "robotics",
    "rovers",
    "sarl",
    "school",
    "semiconductor",
    "senate",
    "service",
    "shimbun",
    "shipping",
    "shoten",
    "society",
    "software",
    "sprl",
    "srl",
    "steel",
    "studies",
    "studios",
    "systems",
    "tbk",
    "technologies",
    "telecom",
    "telecommunications",
    "telegraph",
    "television",
    "terminals",
    "textiles",
    "therapeutics",
    "tobacco",
    "tribune",
    "trust",
    "tv",
    "university",
    "ventures",
    "wanderers",
    "worldwide",
    "zrt",
];

/// Words that end the names of events, which are listed as nothing: not as
/// organisations, and the names inside them not as people or places.
pub(super) const EVENT_WORDS: &[&str] = &[
    "accord",
    "accords",
    "agreement",
    "award",
    "awards",
    "battle",
    "championship",
    "championships",
    "contest",
    "cup",
    "cups",
    "declaration",
    "eisteddfod",
    "festival",
    "games",
    "gathering",
    "marathon",
    "massacre",
    "medal",
    "offensive",
    "olympics",
    "partition",
    "prize",
    "prizes",
    "protocol",
    "reforms",
    "regatta",
    "revolution",
    "scholarship",
    "series",
    "shield",
    "siege",
    "site",
    "sites",
    "summit",
    "treaty",
    "trophy",
    "uprising",
    "war",
];

/// Organisations usually written as abbreviations or one word. Compared
/// folded and without dots.
pub(super) const ORGANISATION_ABBREVIATIONS: &[&str] = &[
    "ap",
    "bloomberg",
    "cia",
    "eu",
    "facebook",
    "fbi",
    "google",
    "iaea",
    "imf",
    "instagram",
    "kcna",
    "microsoft",
    "nato",
    "opec",
    "reuters",
    "tiktok",
    "twitter",
    "un",
    "unesco",
    "unicef",
    "wechat",
    "weibo",
    "who",
    "wto",
    "xinhua",
    "yonhap",
    "youtube",
];

/// Lower-case words that may sit inside a person's name.
pub(super) const PARTICLES: &[&str] = &[
    "ab", "af", "al", "anak", "ap", "arap", "ben", "bin", "bint", "binti", "da", "das", "de",
    "dei", "del", "della", "den", "der", "di", "do", "dos", "du", "el", "ibn", "la", "le", "ten",
    "ter", "van", "von", "wa", "y", "zu",
];

/// Does `range` stand alone as a word: no letter, digit or hyphen right before
/// or after? The text around it is taken with `get`, so an end that is not a
/// character boundary sees nothing there.
pub(super) fn whole_word(text: &str, range: &Range<usize>) -> bool {
    let joins = |c: char| c.is_alphanumeric() || c == '-';
    let before = text.get(..range.start).and_then(|s| s.chars().next_back());
    let after = text.get(range.end..).and_then(|s| s.chars().next());
    !before.is_some_and(joins) && !after.is_some_and(joins)
}

/// Hash of the bytes of a word, to find it among the forms.
pub(super) fn bytes_hash(s: &str) -> u64 {
    s.bytes().fold(FOLD_SEED, |h, b| mix(h, b as u64))
}

/// Hash of `s` with its ASCII letters in lower case and every other byte as
/// it is: two words hash alike when `eq_ignore_ascii_case` holds.
pub(super) fn ascii_case_hash(s: &str) -> u64 {
    s.bytes()
        .fold(FOLD_SEED, |h, b| mix(h, b.to_ascii_lowercase() as u64))
}

/// Whether `word` is one of `list` in ASCII case ([`str::eq_ignore_ascii_case`]),
/// by a set of the list's [`ascii_case_hash`]es built once in `cell`.
pub(super) fn among_ascii_case(
    cell: &'static OnceLock<HashSet64>,
    list: &[&str],
    word: &str,
) -> bool {
    cell.get_or_init(|| list.iter().map(|w| ascii_case_hash(w)).collect())
        .contains(&ascii_case_hash(word))
}

/// Whether `word` looks like the plural of a word written with a capital:
/// four bytes or more, an ASCII capital first, a final `s` that is not `ss`
/// (`Bruins`, `Analysts`; not `Boss`).
pub(super) fn capitalised_plural(word: &str) -> bool {
    word.len() >= 4
        && word.starts_with(|c: char| c.is_ascii_uppercase())
        && word.ends_with('s')
        && !word.ends_with("ss")
}

/// The length of the run of letters and digits that `s` starts with: a
/// character boundary, since the ASCII scan stops at an ASCII byte or goes on
/// by characters.
pub(super) fn run_len(s: &str) -> usize {
    let ascii = s
        .bytes()
        .position(|b| !b.is_ascii_alphanumeric())
        .unwrap_or(s.len());
    if s.as_bytes().get(ascii).is_none_or(|&b| b < 0x80) {
        return ascii;
    }
    s.find(|c: char| !c.is_alphanumeric()).unwrap_or(s.len())
}

/// A short list: up to [`INLINE`] items kept in place, more on the heap.
/// Spans are short, so splitting one allocates nothing.
pub(super) struct Inline<T> {
    len: usize,
    inline: [T; INLINE],
    spill: Vec<T>,
}

const INLINE: usize = 8;

/// The words of a span.
pub(super) type Words = Inline<Range<usize>>;

/// A hash for each word of a span.
pub(super) type Words64 = Inline<u64>;

impl<T: Default + Clone> Inline<T> {
    pub(super) fn new() -> Inline<T> {
        Inline {
            len: 0,
            inline: std::array::from_fn(|_| T::default()),
            spill: Vec::new(),
        }
    }

    pub(super) fn push(&mut self, item: T) {
        if self.len < INLINE {
            self.inline[self.len] = item;
        } else {
            if self.len == INLINE {
                self.spill.extend(self.inline.iter().cloned());
            }
            self.spill.push(item);
        }
        self.len += 1;
    }
}

impl<T: Default + Clone> FromIterator<T> for Inline<T> {
    fn from_iter<I: IntoIterator<Item = T>>(items: I) -> Inline<T> {
        let mut out = Inline::new();
        for item in items {
            out.push(item);
        }
        out
    }
}

impl<T> std::ops::DerefMut for Inline<T> {
    fn deref_mut(&mut self) -> &mut [T] {
        if self.len <= INLINE {
            &mut self.inline[..self.len]
        } else {
            &mut self.spill
        }
    }
}

impl<T> std::ops::Deref for Inline<T> {
    type Target = [T];

    fn deref(&self) -> &[T] {
        if self.len <= INLINE {
            &self.inline[..self.len]
        } else {
            &self.spill
        }
    }
}

/// Byte range of each whitespace-separated token of `text[range]`; none when
/// `range` is not on character boundaries. Words are cut at ASCII spaces, or
/// at the offsets `char_indices` gives.
pub(super) fn tokens(text: &str, range: &Range<usize>) -> Words {
    let Some(s) = text.get(range.clone()) else {
        return Words::new();
    };
    if s.is_ascii() {
        // The same, a byte at a time.
        let spaces = s.bytes().enumerate().map(|(i, b)| (i, is_ascii_space(b)));
        return runs_between(range, spaces);
    }
    runs_between(range, s.char_indices().map(|(i, c)| (i, c.is_whitespace())))
}

/// The runs of `range` between spaces, from each character's offset in it
/// and whether it is a space.
#[inline(always)]
fn runs_between(range: &Range<usize>, chars: impl Iterator<Item = (usize, bool)>) -> Words {
    let mut out = Words::new();
    let mut start = None;
    for (i, space) in chars {
        let at = range.start + i;
        if space {
            if let Some(s) = start.take() {
                out.push(s..at);
            }
        } else if start.is_none() {
            start = Some(at);
        }
    }
    if let Some(s) = start {
        out.push(s..range.end);
    }
    out
}

/// Feed the characters of `word` as compared to `f`: lower case, straight
/// apostrophes, no final dot.
#[inline(always)]
pub(super) fn fold_chars(word: &str, mut f: impl FnMut(char)) {
    for c in word.trim_end_matches('.').chars() {
        if c.is_ascii() {
            f(c.to_ascii_lowercase());
        } else if c == '\u{2019}' {
            f('\'');
        } else {
            c.to_lowercase().for_each(&mut f);
        }
    }
}

/// The first position from `from` on whose byte is an ASCII capital, or the
/// length; eight bytes at a time.
#[inline]
pub(super) fn next_capital(bytes: &[u8], from: usize) -> usize {
    next_flagged(bytes, from, capital_flags, u8::is_ascii_uppercase)
}

/// The first position from `from` on whose byte is an ASCII capital or
/// past ASCII (a character that may be a capital), or the length; eight
/// bytes at a time.
#[inline]
pub(super) fn next_capital_or_wide(bytes: &[u8], from: usize) -> usize {
    const HIGH: u64 = 0x8080_8080_8080_8080;
    next_flagged(
        bytes,
        from,
        |x| capital_flags(x) | (x & HIGH),
        |b| b.is_ascii_uppercase() || *b >= 0x80,
    )
}

/// The high bit of each byte of `x` above `@` and below `[` where there is
/// one: every ASCII capital is flagged, and maybe a byte that is none.
#[inline]
fn capital_flags(x: u64) -> u64 {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    let low = x & (ONES * 127);
    (ONES * (127 + b'[' as u64)).wrapping_sub(low)
        & !x
        & low.wrapping_add(ONES * (127 - b'@' as u64))
        & HIGH
}

/// The first position from `from` on whose byte `wanted` holds, or the
/// length. Eight bytes are passed at once when `flags` flags none of them:
/// it must flag every wanted byte, and the flags themselves are not relied
/// on (a flagged chunk is read byte by byte).
#[inline(always)]
fn next_flagged(
    bytes: &[u8],
    mut from: usize,
    flags: impl Fn(u64) -> u64,
    wanted: impl Fn(&u8) -> bool,
) -> usize {
    while let Some(chunk) = bytes.get(from..from + 8) {
        let x = u64::from_le_bytes(chunk.try_into().expect("8 bytes"));
        if flags(x) != 0
            && let Some(i) = chunk.iter().position(&wanted)
        {
            return from + i;
        }
        from += 8;
    }
    while from < bytes.len() && !wanted(&bytes[from]) {
        from += 1;
    }
    from
}

/// The first position from `from` on whose byte is one of `targets`, or the
/// length; eight bytes at a time.
#[inline]
pub(super) fn next_byte_of(bytes: &[u8], mut from: usize, targets: &[u8]) -> usize {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    while let Some(chunk) = bytes.get(from..from + 8) {
        let x = u64::from_le_bytes(chunk.try_into().expect("8 bytes"));
        // A zero byte of `x ^ t` is a byte equal to the target; the lowest
        // flagged byte is always a real one.
        let found = targets.iter().fold(0, |acc, &t| {
            let v = x ^ (ONES * t as u64);
            acc | (v.wrapping_sub(ONES) & !v & HIGH)
        });
        if found != 0 {
            return from + (found.trailing_zeros() / 8) as usize;
        }
        from += 8;
    }
    while from < bytes.len() && !targets.contains(&bytes[from]) {
        from += 1;
    }
    from
}

/// An ASCII byte that [`char::is_whitespace`] accepts.
#[inline]
pub(super) fn is_ascii_space(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | 0x0b | 0x0c | b'\r')
}

/// Feed a whole span folded word by word, with a single space between words,
/// to `f`.
#[inline(always)]
pub(super) fn fold_phrase_chars(s: &str, mut f: impl FnMut(char)) {
    if s.is_ascii() {
        // The same, a byte at a time.
        let words = s
            .as_bytes()
            .split(|&b| is_ascii_space(b))
            .filter(|w| !w.is_empty());
        for (i, w) in words.enumerate() {
            if i > 0 {
                f(' ');
            }
            let end = w.iter().rposition(|&b| b != b'.').map_or(0, |p| p + 1);
            for &b in &w[..end] {
                f(b.to_ascii_lowercase() as char);
            }
        }
        return;
    }
    for (i, w) in s.split_whitespace().enumerate() {
        if i > 0 {
            f(' ');
        }
        fold_chars(w, &mut f);
    }
}

pub(super) const FOLD_SEED: u64 = 0x2d35_8dcc_aa6c_78a5;

/// Hash of a word as compared (see [`fold_chars`]): words are compared by
/// these hashes, so no lower-case copy is ever made.
#[inline]
pub(super) fn fold_hash(word: &str) -> u64 {
    let mut h = FOLD_SEED;
    fold_chars(word, |c| h = mix(h, c as u64));
    h
}

/// Hash of a whole span folded word by word (see [`fold_phrase_chars`]); the
/// same as [`fold_hash`] for one word.
#[inline]
pub(super) fn phrase_hash(s: &str) -> u64 {
    let mut h = FOLD_SEED;
    fold_phrase_chars(s, |c| h = mix(h, c as u64));
    h
}

/// The key a place is grouped by: [`phrase_hash`] with every dot removed
/// (`U.S.` = `US`).
#[inline]
pub(super) fn place_key(s: &str) -> u64 {
    let mut h = FOLD_SEED;
    fold_phrase_chars(s, |c| {
        if c != '.' {
            h = mix(h, c as u64);
        }
    });
    h
}

/// Whether `word`, folded to lower case (ASCII) and without its dots, is
/// `form` (`A.F.C.` is `afc`, `N.V.` is `nv`).
pub(super) fn dotless_is(word: &str, form: &str) -> bool {
    word.bytes()
        .filter(|&b| b != b'.')
        .map(|b| b.to_ascii_lowercase())
        .eq(form.bytes())
}

/// Whether `word` is a peer's or a knight's title as written before a name
/// (`Lord Byron`, `Sir Walter Scott`): one that is part of how the person
/// is known.
pub(super) fn peerage_title(word: &str) -> bool {
    matches!(word, "Lord" | "Lady" | "Sir" | "Dame")
}

/// The word right before `at` when it is `the` in any case (`the Clintons`,
/// `The Okavango`).
pub(super) fn the_before(text: &str, at: usize) -> Option<Range<usize>> {
    word_before(text, at).filter(|w| text[w.clone()].eq_ignore_ascii_case("the"))
}

/// Whether an apostrophe comes right after `end`: a possessive (`Vale's`,
/// `Jordan's film`) or a plural's (`Workers'`).
pub(super) fn apostrophe_after(text: &str, end: usize) -> bool {
    text[end..].starts_with(['\'', '\u{2019}'])
}

/// Whether `rest` begins with `word` as a whole word: no letter or digit
/// goes on from it (`God` in `God's`, not in `Goddard`).
pub(super) fn begins_with_word(rest: &str, word: &str) -> bool {
    rest.strip_prefix(word)
        .is_some_and(|r| !r.starts_with(char::is_alphanumeric))
}

/// Whether the word ` family` comes right after `end` (`the Foljambe
/// family`).
pub(super) fn family_after(text: &str, end: usize) -> bool {
    begins_with_word(&text[end..], " family")
}

/// Whether `word`, made of letters, digits and hyphens only, is one of the
/// words of `list` (separated by spaces), compared folded ([`fold_hash`]):
/// looked up in the set of them, built once in `set`.
pub(super) fn among(set: &'static OnceLock<HashSet64>, list: &str, word: &str) -> bool {
    word.chars().all(|c| c.is_alphanumeric() || c == '-')
        && set
            .get_or_init(|| list.split_ascii_whitespace().map(fold_hash).collect())
            .contains(&fold_hash(word))
}

/// An automaton finding `phrases` (plain text), built once in `cell`; of
/// phrases that start at one place, the longest. (Leftmost matching lets
/// the automaton skip ahead with a vectorised search for a few phrases at
/// once, several times faster over a long text than stepping byte by byte.)
pub(super) fn automaton(
    cell: &'static OnceLock<aho_corasick::AhoCorasick>,
    phrases: &[&str],
) -> &'static aho_corasick::AhoCorasick {
    cell.get_or_init(|| {
        aho_corasick::AhoCorasick::builder()
            .match_kind(aho_corasick::MatchKind::LeftmostLongest)
            .kind(Some(aho_corasick::AhoCorasickKind::DFA))
            .build(phrases)
            .expect("a few plain phrases")
    })
}

/// A set of words or phrases by [`phrase_hash`], built once.
macro_rules! word_set {
    ($name:ident, $words:expr) => {
        pub(super) fn $name() -> &'static HashSet64 {
            static SET: OnceLock<HashSet64> = OnceLock::new();
            SET.get_or_init(|| $words.iter().map(|w| phrase_hash(w)).collect())
        }
    };
}

/// A company's officers, written as titles before their names (`Apple CEO
/// Tim Cook`): titles to the linker, not to the tagger.
pub(super) const OFFICERS: &[&str] = &["CEO", "CFO", "CIO", "COO", "CTO"];

word_set!(titles, [TITLES, KIN, OFFICERS].concat());
word_set!(kin, KIN);
word_set!(kin_alone, KIN_ALONE);
word_set!(demonyms, DEMONYMS);
word_set!(
    organisation_words,
    [ORGANISATION_WORDS, FOREIGN_ORGANISATION_WORDS, CLUB_WORDS].concat()
);
word_set!(club_words, CLUB_WORDS);
word_set!(event_words, EVENT_WORDS);
// `chart` and `charts`: a chart's name ends in one (`UK Singles Chart`), and
// is listed as nothing, as events are.
word_set!(chart_words, ["chart", "charts"]);
word_set!(common_words, COMMON_WORDS);
word_set!(directions, DIRECTIONS);
word_set!(particles, PARTICLES);

word_set!(the_places, THE_PLACES);
word_set!(not_repeated, NOT_REPEATED);

pub(super) fn organisation_abbreviations() -> &'static HashSet64 {
    static SET: OnceLock<HashSet64> = OnceLock::new();
    SET.get_or_init(|| {
        ORGANISATION_ABBREVIATIONS
            .iter()
            .map(|w| place_key(w))
            .collect()
    })
}

/// The hashes a cleaned span is judged by, from one pass over it.
pub(super) struct Folded {
    /// [`phrase_hash`].
    pub(super) phrase: u64,
    /// [`place_key`].
    pub(super) place: u64,
    /// [`name_key`](super::people::name_key).
    pub(super) name: u64,
    /// [`phrase_hash`] without the last character.
    before_last: u64,
    last: char,
    /// [`fold_hash`] of each whitespace-separated word.
    pub(super) words: Words64,
}

pub(super) fn folded(surface: &str) -> Folded {
    let mut f = Folded {
        phrase: FOLD_SEED,
        place: FOLD_SEED,
        name: FOLD_SEED,
        before_last: FOLD_SEED,
        last: ' ',
        words: Words64::new(),
    };
    let mut word = FOLD_SEED;
    // The name key folds each part apart (split at spaces and hyphens)
    // without its final dots: dots are held back until more of the part
    // follows.
    let mut part = FOLD_SEED;
    let mut in_part = false;
    let mut dots = 0;
    fold_phrase_chars(surface, |c| {
        f.before_last = f.phrase;
        f.phrase = mix(f.phrase, c as u64);
        f.last = c;
        if c != '.' {
            f.place = mix(f.place, c as u64);
        }
        if c == ' ' {
            f.words.push(word);
            word = FOLD_SEED;
        } else {
            word = mix(word, c as u64);
        }
        match c {
            ' ' | '-' => {
                if in_part {
                    f.name = mix(f.name, part);
                }
                (part, in_part, dots) = (FOLD_SEED, false, 0);
            }
            '.' => dots += 1,
            _ => {
                for _ in 0..dots {
                    part = mix(part, '.' as u64);
                }
                dots = 0;
                part = mix(part, c as u64);
                in_part = true;
            }
        }
    });
    if in_part {
        f.name = mix(f.name, part);
    }
    if f.last != ' ' || !f.words.is_empty() {
        f.words.push(word);
    }
    f
}

/// Whether the span folded as `f` is a demonym, maybe plural.
pub(super) fn is_demonym(f: &Folded) -> bool {
    demonyms().contains(&f.phrase) || (f.last == 's' && demonyms().contains(&f.before_last))
}

/// The sex most bearers of a given name have, or that a title names.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Sex {
    Female,
    Male,
}

/// Given names, with the sex most of their bearers have where one has at
/// least four times as many (`assets/given-names.txt`, built by
/// `scripts/build-given-names.py`).
const GIVEN_NAMES: &str = include_str!("../../../assets/given-names.txt");

/// Every known given name, folded, with the sex most of its bearers have
/// when the list says.
pub(super) fn given_names() -> &'static HashMap64<Option<Sex>> {
    static MAP: OnceLock<HashMap64<Option<Sex>>> = OnceLock::new();
    MAP.get_or_init(given_names_fresh)
}

/// [`given_names`], built anew.
pub(super) fn given_names_fresh() -> HashMap64<Option<Sex>> {
    crate::entities::gazetteer::tab_rows(GIVEN_NAMES)
        .map(|(name, sex)| {
            let sex = match sex {
                "F" => Some(Sex::Female),
                "M" => Some(Sex::Male),
                _ => None,
            };
            (fold_hash(name), sex)
        })
        .collect()
}

/// The sex of most people with this given name, if the list says.
pub(super) fn sex_of_given_name(word: &str) -> Option<Sex> {
    given_name_entry(word).flatten()
}

/// What the list of given names holds for `word`: whether it is one, and
/// the sex of most of its bearers if the list says. A name written with
/// accents the list holds without is found too (`Siobhán`, `Pádraig`).
pub(super) fn given_name_entry(word: &str) -> Option<Option<Sex>> {
    let names = given_names();
    names.get(&fold_hash(word)).copied().or_else(|| {
        if word.is_ascii() {
            return None;
        }
        let mut h = FOLD_SEED;
        fold_chars(word, |c| h = mix(h, unaccented(c) as u64));
        names.get(&h).copied()
    })
}

/// The Latin letter `c` (in lower case) is written with, without its accent:
/// `a` for `á`, `à`, `â`, `ä`, `ā`; `c` for `ç`, `č`; any other character as
/// it is.
pub(super) fn unaccented(c: char) -> char {
    match c {
        'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'ā' | 'ă' | 'ą' => 'a',
        'ç' | 'ć' | 'č' => 'c',
        'ď' => 'd',
        'è' | 'é' | 'ê' | 'ë' | 'ē' | 'ė' | 'ę' | 'ě' => 'e',
        'ğ' => 'g',
        'ì' | 'í' | 'î' | 'ï' | 'ī' | 'į' | 'ı' => 'i',
        'ł' => 'l',
        'ñ' | 'ń' | 'ň' => 'n',
        'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' | 'ō' | 'ő' => 'o',
        'ř' => 'r',
        'ś' | 'š' | 'ş' => 's',
        'ť' | 'ţ' => 't',
        'ù' | 'ú' | 'û' | 'ü' | 'ū' | 'ů' | 'ű' | 'ų' => 'u',
        'ý' | 'ÿ' => 'y',
        'ź' | 'ż' | 'ž' => 'z',
        other => other,
    }
}

/// The sex a title before a name says: `Mrs.`, `Ms.`, `Miss` or `Mr.`.
pub(super) fn sex_of_title(word: &str) -> Option<Sex> {
    match word.trim_end_matches('.') {
        "Mrs" | "Ms" | "Miss" | "Madam" | "Mme" => Some(Sex::Female),
        "Mr" | "Mister" => Some(Sex::Male),
        _ => None,
    }
}

/// Whether a word is a title (`President`), or titles joined by hyphens
/// (`Secretary-General`).
pub(super) fn is_title(word: &str) -> bool {
    titles().contains(&fold_hash(word))
        || (word.has_byte(b'-')
            && word
                .split_byte(b'-')
                .all(|part| titles().contains(&fold_hash(part))))
}

/// Whether `surface`, folded as `f`, names an event (`Winter Olympics`), and
/// not an organisation named after one (`North Atlantic Treaty Organisation`).
pub(super) fn is_event(f: &Folded) -> bool {
    // A tournament named by `Open` at the end (`Texas Open`, `Greater
    // Milwaukee Open`); not a body that starts with it (`Open Russia`).
    let open = f.words.len() > 1 && f.words.last() == Some(&fold_hash("open"));
    // A chart at the end, or alone (`UK Singles Chart`, the tagger's
    // `Chart`); not a party that starts with the word (`Chart Thai`).
    let chart = f.words.last().is_some_and(|w| chart_words().contains(w));
    (open || chart || f.words.iter().any(|w| event_words().contains(w)))
        && !f
            .words
            .last()
            .is_some_and(|w| organisation_words().contains(w))
}

/// Whether `surface`, folded as `f`, names an organisation.
pub(super) fn is_organisation(f: &Folded) -> bool {
    // A school named by `High` at the end (`Lincoln High`); not a street
    // or a court that starts with it (`High Street`, `High Court`).
    let high = f.words.len() > 1 && f.words.last() == Some(&fold_hash("high"));
    high || organisation_abbreviations().contains(&f.place)
        || f.words.iter().any(|w| organisation_words().contains(w))
}

/// Whether `word` is written with one capital and then small letters only,
/// two letters at least (`Emily`; not `EMILY`, `McDonald` or `I`).
pub(super) fn title_case(word: &str) -> bool {
    let mut chars = word.chars();
    chars.next().is_some_and(char::is_uppercase)
        && chars.clone().next().is_some()
        && chars.all(char::is_lowercase)
}

/// Whether `surface` as a whole is in the gazetteer's list of places.
pub(super) fn listed_place(surface: &str) -> bool {
    let toks = tokens::tokenize(surface);
    !toks.is_empty()
        && Gazetteer::get()
            .places
            .contains(&super::super::gazetteer::phrase_hash(&toks))
}

/// Whether `surface` is a country the gazetteer lists (`Sweden`), whatever
/// else it may be.
pub(super) fn listed_country(surface: &str) -> bool {
    crate::entities::geo::gazetteer()
        .lookup(surface)
        .iter()
        .any(|e| e.kind == crate::entities::geo::GeoKind::Country)
}

/// Whether `name` is a town the gazetteer lists, a city or a capital, whatever
/// else it may be.
pub(super) fn listed_town(name: &str) -> bool {
    use crate::entities::geo::{GeoKind, gazetteer};
    gazetteer().has_kind(name, |k| matches!(k, GeoKind::City | GeoKind::Capital))
}

/// Does this word look like part of a name: capitalised (or in a script without
/// case), or with a capitalised part after a hyphen or apostrophe (`al-Assad`)?
pub(super) fn is_name_word(word: &str) -> bool {
    if word.is_ascii() {
        // The same, a byte at a time: the first letter or digit of the word,
        // or of a part after a hyphen or apostrophe, is a capital.
        let b = word.as_bytes();
        let capitalised = |part: &[u8]| {
            part.iter()
                .find(|c| c.is_ascii_alphanumeric())
                .is_some_and(u8::is_ascii_uppercase)
        };
        return capitalised(b)
            || b.split(|&c| c == b'-' || c == b'\'')
                .skip(1)
                .any(capitalised);
    }
    let capitalised = |part: &str| {
        part.chars()
            .find(|c| c.is_alphanumeric())
            .is_some_and(|c| c.is_uppercase() || (c.is_alphabetic() && !c.is_lowercase()))
    };
    capitalised(word) || word.split(['-', '\'', '\u{2019}']).skip(1).any(capitalised)
}

pub(super) fn is_particle(word: &str) -> bool {
    particles().contains(&fold_hash(word))
}

/// Whether `word`, standing alone, is a common word, a people's name or a
/// point of the compass (`the Arab region`, `in English`, `the Western
/// region`): no place's name by itself.
pub(super) fn no_place_alone(word: &str) -> bool {
    let fold = fold_hash(word);
    super::evidence::common_word(word) || demonyms().contains(&fold) || directions().contains(&fold)
}

/// The capitalised words right after `at`, parted by spaces, each whole
/// (no punctuation before it), up to `most` of them: to the first that
/// ends in punctuation, and before the first that is not capitalised or
/// that `stop` holds.
pub(super) fn capitalised_run(
    text: &str,
    mut at: usize,
    most: usize,
    stop: impl Fn(&str) -> bool,
) -> Vec<Range<usize>> {
    let mut run: Vec<Range<usize>> = Vec::new();
    while run.len() < most {
        let Some(w) = word_after(text, at) else {
            break;
        };
        let bare = trim_edges(text, w.clone());
        let word = &text[bare.clone()];
        if bare.start != w.start || word.is_empty() || !is_name_word(word) || stop(word) {
            break;
        }
        run.push(bare.clone());
        at = bare.end;
        if bare.end < w.end {
            break;
        }
    }
    run
}

/// The words right before `at`, parted by spaces, in text order: up to
/// `most` of them, back to the first that `keep` turns away (`keep` is told
/// whether the word is the last of the run, the first looked at).
pub(super) fn words_before(
    text: &str,
    at: usize,
    most: usize,
    keep: impl Fn(&str, bool) -> bool,
) -> Vec<Range<usize>> {
    let mut run: Vec<Range<usize>> = Vec::new();
    let mut end = at;
    while run.len() < most {
        let Some(w) = word_before(text, end) else {
            break;
        };
        if !keep(&text[w.clone()], run.is_empty()) {
            break;
        }
        end = w.start;
        run.insert(0, w);
    }
    run
}

/// The next word after `at` on the same line, separated by spaces only.
///
/// The word starts right after an ASCII space, so on a character boundary,
/// and ends at an ASCII byte or at whatever character `find` stops at.
pub(super) fn word_after(text: &str, at: usize) -> Option<Range<usize>> {
    let bytes = text.as_bytes();
    let start = at + bytes.get(at..)?.iter().take_while(|&&b| b == b' ').count();
    if start == at {
        return None;
    }
    // The word ends at whitespace; past ASCII, at any Unicode whitespace.
    let ascii = bytes[start..]
        .iter()
        .position(|&b| is_ascii_space(b) || b >= 0x80)
        .unwrap_or(bytes.len() - start);
    let len = if bytes.get(start + ascii).is_none_or(|&b| b < 0x80) {
        ascii
    } else {
        text[start..]
            .find(char::is_whitespace)
            .unwrap_or(text.len() - start)
    };
    (len > 0).then_some(start..start + len)
}

/// Whether `at` starts a sentence: nothing but spaces, quotes and brackets
/// lie between it and the start of the text or of a line, or the end of a
/// sentence (`.`, `!`, `?`).
pub(super) fn starts_sentence(text: &str, at: usize) -> bool {
    let Some(head) = text.get(..at) else {
        return false;
    };
    let head = head.trim_end_matches([
        ' ', '"', '\'', '\u{201c}', '\u{201d}', '\u{2018}', '\u{2019}', '(', ')',
    ]);
    head.is_empty() || head.ends_with(['.', '!', '?', '\n', '\r', '\u{2028}', '\u{2029}'])
}

/// The word before `at` on the same line, separated by spaces only.
///
/// Both ends come from trimming whole characters off `text[..at]` (taken with
/// `get`), so they are character boundaries: the word starts right after the
/// last whitespace character before it, whatever its length in UTF-8 (a
/// no-break space is two bytes).
pub(super) fn word_before(text: &str, at: usize) -> Option<Range<usize>> {
    let head = text.get(..at)?;
    let bytes = head.as_bytes();
    let end = bytes.iter().rposition(|&b| b != b' ').map_or(0, |i| i + 1);
    if end == at {
        return None;
    }
    // The word starts after whitespace; past ASCII, after any Unicode
    // whitespace.
    let start = match bytes[..end]
        .iter()
        .rposition(|&b| is_ascii_space(b) || b >= 0x80)
    {
        Some(i) if bytes[i] >= 0x80 => head[..end]
            .trim_end_matches(|c: char| !c.is_whitespace())
            .len(),
        Some(i) => i + 1,
        None => 0,
    };
    (start < end).then_some(start..end)
}

#[cfg(test)]
mod tests {
    use super::*;

    proptest::proptest! {
        #[test]
        fn the_next_capital_or_wide_byte_is_the_first(text in "\\PC{0,40}", from in 0usize..48) {
            let bytes = text.as_bytes();
            let from = from.min(bytes.len());
            let want = (from..bytes.len())
                .find(|&i| bytes[i].is_ascii_uppercase() || bytes[i] >= 0x80)
                .unwrap_or(bytes.len());
            proptest::prop_assert_eq!(next_capital_or_wide(bytes, from), want);
        }

        #[test]
        fn the_next_capital_is_the_first_ascii_capital(text in "\\PC{0,40}", from in 0usize..48) {
            let bytes = text.as_bytes();
            let from = from.min(bytes.len());
            let want = (from..bytes.len())
                .find(|&i| bytes[i].is_ascii_uppercase())
                .unwrap_or(bytes.len());
            proptest::prop_assert_eq!(next_capital(bytes, from), want);
        }
    }

    #[test]
    fn japanese_firms_are_known_by_their_romanised_words() {
        let [people, _, orgs] = super::super::test_support::linked(
            "{P|Sekiguchi Seisakusho} makes knives; {P|Hakuch\u{14d} K\u{14d}san} holds it, \
             says the {P|Asahi Shimbun}. {P|Seiki Okuda} played.",
        );
        assert_eq!(people, ["Seiki Okuda"]);
        assert_eq!(
            orgs,
            [
                "Sekiguchi Seisakusho",
                "Hakuch\u{14d} K\u{14d}san",
                "Asahi Shimbun"
            ]
        );
    }

    #[test]
    fn a_word_among_a_list_is_found_in_any_case_but_not_with_punctuation() {
        static SET: OnceLock<HashSet64> = OnceLock::new();
        let list = "film album record-label";
        assert!(among(&SET, list, "film"));
        assert!(among(&SET, list, "Album"));
        assert!(among(&SET, list, "record-label"));
        assert!(!among(&SET, list, "films"));
        assert!(!among(&SET, list, "film."));
        assert!(!among(&SET, list, "film,"));
        assert!(!among(&SET, list, ""));
    }

    #[test]
    fn firms_are_known_by_the_words_their_names_end_in() {
        for name in [
            "Ola Electric",
            "Axis Capital",
            "Sierra Semiconductor",
            "France Telecom",
            "Routa Robotics Oy",
            "Norrsken Logistik AB",
            "Vancouver Media",
            "Element Pictures",
            "Kaamos Ventures",
            "Cashel Mutual",
            "High Liner Foods",
            "Arirang Radio",
            "Kusini TV",
            "Nippon Television",
            "Museo Evita",
            // (The town after `of` stays a place: a firm's seat.)
            "Bessemer Venture Partners",
        ] {
            assert!(is_organisation(&folded(name)), "{name}");
        }
        // Words that also begin bodies' names joined by `and` are not among
        // them.
        for name in ["U.S. Securities", "Ann Lee"] {
            assert!(!is_organisation(&folded(name)), "{name}");
        }
    }

    #[test]
    fn the_word_before_starts_after_a_space_of_several_bytes() {
        let text = "Visit\u{a0}the United States";
        let at = text.find("United").unwrap();
        assert_eq!(word_before(text, at).map(|w| &text[w]), Some("the"));
        let at = text.find("the").unwrap();
        assert_eq!(word_before(text, at), None);
        let text = "x\u{2028}Kim Jong\u{3000} Un";
        let at = text.find("Jong").unwrap();
        assert_eq!(word_before(text, at).map(|w| &text[w]), Some("Kim"));
        let at = text.find("Un").unwrap();
        assert_eq!(word_before(text, at), None);
        let text = "\u{a0}é Kim";
        assert_eq!(
            word_before(text, text.len() - 3).map(|w| &text[w]),
            Some("é")
        );
    }

    #[test]
    fn words_around_a_position_off_a_boundary_or_past_the_end_are_none() {
        let text = "é Kim";
        assert_eq!(word_before(text, 1), None);
        assert_eq!(word_after(text, 1), None);
        assert_eq!(word_after(text, 99), None);
        assert_eq!(word_before(text, 99), None);
        assert_eq!(word_after(text, 2).map(|w| &text[w]), Some("Kim"));
        let text = "Kim \u{c9}rd\u{a0}x";
        assert_eq!(word_after(text, 3).map(|w| &text[w]), Some("\u{c9}rd"));
    }

    proptest::proptest! {
        /// The word before a position is the run of non-white characters
        /// that ends at the last character before it that is not a space,
        /// whatever the script or white space around it.
        #[test]
        fn the_word_before_is_the_last_run_of_non_white_characters(
            text in "[a a\u{a0}\u{2028}\u{3000}\t\né東\u{5d0}\u{301}\u{1}.,]{0,24}",
            at in 0usize..40,
        ) {
            let plain = text.get(..at).and_then(|head| {
                let end = head.trim_end_matches(' ').len();
                let start = head[..end].trim_end_matches(|c: char| !c.is_whitespace()).len();
                (end < at && start < end).then_some(start..end)
            });
            proptest::prop_assert_eq!(word_before(&text, at), plain);
        }
    }

    #[test]
    fn span_words_and_whole_words_off_a_boundary() {
        let text = "\u{e9}t\u{e9} Kim";
        assert!(tokens(text, &(1..4)).is_empty());
        assert_eq!(tokens(text, &(0..text.len())).len(), 2);
        assert!(whole_word(text, &(text.len() - 3..text.len())));
        // Nothing is seen inside a character.
        assert!(whole_word("x\u{e9}y", &(2..2)));
        assert!(!whole_word("x\u{e9}y", &(1..3)));
    }
}
