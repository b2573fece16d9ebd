extension Lexicon {
    /// Given names of the naming cultures that print the given name before the family name (English, German,
    /// Dutch, Scandinavian, French, Spanish, Portuguese, Italian, Russian and other Slavic, Hungarian and
    /// Romanian as English prints them, Greek): evidence that a word standing alone before `and` is a given name,
    /// so that `Hans and Greta Vogel` is two Vogels (`NamePhrase.sharingFamilyName`).
    ///
    /// Left out on purpose: names that are common family names too (`Thomas`, `Martin`, `Marshall`, `Paul`,
    /// `Henry`, `George`, `Arthur`, `Franco`, `Lewis`, `Grant`, `Simon`, `Bernard`, `Vincent`), names that are East Asian family names
    /// (`Kim`, `Lee`, `Ma`), Arabic given names that serve as family names (`Ali`, `Hassan`, `Hussein`, `Omar`), and
    /// words of other classes (`May`, `Will`, `Florence`, `Georgia`). Keys are folded (no diacritics).
    static let givenNames: Set<String> = [
        // English
        "john", "mary", "william", "elizabeth", "robert", "margaret", "richard", "susan", "charles", "dorothy",
        "joseph", "helen", "edward", "anne", "ann", "anna", "walter", "ruth", "harold", "alice", "edith",
        "albert", "ethel", "frederick", "emily", "alfred", "sarah", "samuel", "jane", "benjamin", "catherine",
        "katherine", "eleanor", "elinor", "harriet", "caroline", "charlotte", "louisa", "lucy", "abigail", "martha",
        "nathaniel", "jonathan", "timothy", "michael", "david", "daniel", "peter", "stephen", "steven", "andrew",
        "christopher", "matthew", "patrick", "kevin", "brian", "barbara", "patricia", "linda", "jennifer", "nancy",
        "betty", "joan", "judith", "janet", "jean", "joyce", "diana", "rachel", "rebecca", "hannah", "esther",
        "edmund", "eugene", "roger", "ralph", "hubert", "horace", "isaac",
        "ernest", "oliver", "rupert", "geoffrey", "winifred", "mildred", "gertrude", "beatrice", "agnes",
        "maud", "mabel", "violet", "ellen", "emma", "amelia", "julia", "clara", "laura", "sophia", "sophie",
        // German, Dutch, Scandinavian
        "hans", "greta", "grete", "gretchen", "karl", "carl", "ilse", "werner", "heinrich", "friedrich", "wilhelm",
        "johann", "johannes", "jurgen", "klaus", "claus", "dieter", "gunther", "gunter", "helmut", "helmuth",
        "wolfgang", "ulrich", "otto", "ernst", "gerhard", "manfred", "horst", "heinz", "rudolf", "rudolph",
        "ursula", "gisela", "ingrid", "helga", "brigitte", "gertrud", "hedwig", "liselotte", "erika", "elke",
        "monika", "renate", "hildegard", "irmgard", "lotte", "magda", "marlene", "kathe", "sabine", "petra",
        "jan", "pieter", "willem", "hendrik", "johanna", "maartje", "cornelis", "lars", "nils", "sven", "olaf",
        "gustav", "gustaf", "ingeborg", "astrid", "birgit", "kerstin", "sigrid", "karin", "britt", "knut",
        // French
        "pierre", "marie", "jeanne", "jacques", "francois", "francoise", "louis", "louise", "henri", "henriette",
        "andre", "andree", "marcel", "marcelle", "claude", "claudine", "philippe", "helene", "genevieve",
        "madeleine", "suzanne", "monique", "nicole", "colette", "yvonne", "yves", "etienne", "guillaume",
        "antoine", "camille", "lucien", "lucienne", "gaston", "georges", "emile", "emilie", "sylvie", "odile",
        "jules", "armand", "edouard", "alphonse", "gustave", "aristide", "theophile", "fernand", "raoul", "maurice",
        "rene", "leon", "michel", "hippolyte", "honore", "auguste", "jean-paul", "jean-pierre", "jean-baptiste",
        // Spanish, Portuguese, Italian
        "jose", "maria", "juan", "juana", "carlos", "carmen", "pedro", "pilar", "miguel", "manuel", "manuela",
        "francisco", "francisca", "antonio", "antonia", "luis", "luisa", "javier", "isabel", "dolores", "mercedes",
        "teresa", "rosario", "concepcion", "consuelo", "alfonso", "fernando", "ignacio", "joaquin", "enrique",
        "ricardo", "sergio", "raul", "alejandro", "ana", "lucia", "elena", "beatriz", "ines", "joao", "joana",
        "paulo", "fernanda", "giuseppe", "giovanni", "giulia", "giuliana", "francesca", "luigi",
        "marco", "matteo", "alessandro", "alessandra", "roberto", "roberta", "paola", "chiara",
        "caterina", "vittorio", "vittoria", "enrico", "elisabetta", "pietro", "salvatore", "angela", "rosa",
        // Russian and other Slavic, Hungarian, Romanian, Greek
        "ivan", "olga", "sergei", "sergey", "natalia", "natalya", "dmitri", "dmitry", "tatiana", "tatyana",
        "nikolai", "nikolay", "vladimir", "svetlana", "aleksandr", "alexander", "alexandra", "aleksei", "alexei",
        "mikhail", "yelena", "irina", "andrei", "andrey", "galina", "lyudmila", "ludmila", "boris", "nadezhda",
        "pavel", "valentina", "yuri", "yury", "vera", "viktor", "nina", "anatoly", "anatoli", "zoya", "oleg",
        "larisa", "konstantin", "yekaterina", "ekaterina", "vasily", "vasili", "lidia", "lidiya", "grigory",
        "maksim", "ksenia", "fyodor", "raisa", "stepan", "marina", "yevgeny", "evgeny", "sofia", "igor",
        "piotr", "krzysztof", "tomasz", "katarzyna", "malgorzata", "agnieszka", "zofia", "wojciech",
        "stanislaw", "jadwiga", "halina", "wanda", "jiri", "jaroslav", "vaclav", "jana", "zdenek", "milena",
        "laszlo", "istvan", "ferenc", "erzsebet", "katalin", "zsuzsa", "ilona", "gheorghe", "ion", "ioana",
        "mihai", "nicolae", "vasile", "dimitrios", "georgios", "nikolaos", "eleni", "ioannis", "konstantinos",
        "todor", "dimitar", "stoyan", "petar", "milan", "dragan", "zoran", "vesna", "ljiljana", "snezana",
    ]

    /// Russian given names as English catalogues transliterate them (with their usual variants): a full name opening with
    /// one prints one family name (`NamePhrase.isCoverNameAfterFullName`). Keys are folded.
    static let russianGivenNames: Set<String> = [
        "ivan", "sergei", "sergey", "dmitri", "dmitry", "dmitrii", "nikolai", "nikolay", "vladimir", "aleksandr", "alexander",
        "aleksei", "alexei", "aleksey", "alexey", "mikhail", "andrei", "andrey", "boris", "pavel", "yuri", "yury", "yuriy",
        "viktor", "victor", "anatoly", "anatoli", "anatoliy", "oleg", "konstantin", "vasily", "vasili", "vasiliy", "grigory",
        "grigori", "maksim", "maxim", "fyodor", "fedor", "stepan", "yevgeny", "evgeny", "yevgeni", "evgeni", "igor",
        "gennady", "gennadi", "gennadiy", "arkady", "arkadi", "arkadiy", "valentin", "valery", "valeri", "valeriy", "leonid",
        "semyon", "semen", "yakov", "ilya", "lev", "nikita", "pyotr", "petr", "vyacheslav", "vsevolod", "timofei", "timofey",
        "matvei", "matvey", "kirill", "anton", "stanislav", "vadim", "vitaly", "vitali", "vitaliy", "georgy", "georgi",
        "georgiy", "yegor", "egor", "roman", "ruslan", "gavriil", "afanasy", "averky", "filipp", "ignaty", "kliment",
        "kuzma", "lavrenty", "nikifor", "panteleimon", "prokhor", "rodion", "savva", "terenty", "trofim", "yemelyan",
        "zakhar", "olga", "natalia", "natalya", "tatiana", "tatyana", "svetlana", "yelena", "irina", "galina", "lyudmila",
        "nadezhda", "valentina", "yekaterina", "ekaterina", "raisa", "zoya", "larisa",
    ]

    /// Whether a word is a given name of the class above, in any letter case and with or without diacritics.
    static func isGivenName(_ word: String) -> Bool {
        givenNames.contains(NameFolding.fold(NamePhrase.wordKey(word)))
    }
}
