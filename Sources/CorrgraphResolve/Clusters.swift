import CorrgraphExtract

/// Distinct identity forms of a run: one per folded name and kind, with how each was printed.
struct FormTable {
    struct Form {
        var key: String
        var kind: CorrespondentKind
        /// Printed identity texts with their counts, in first-seen order.
        var printed: [(text: String, count: Int)] = []
        /// An institution's names as printed (less a leading article) with their counts, in first-seen order:
        /// the correspondent is shown by one of these, not by the canonical key that merged them.
        var shown: [(text: String, count: Int)] = []
        /// Surface forms (including cover names) that led to this form, with how.
        var surfaces: [String] = []
        var decisions: [MergeDecision] = []
        var minYear: Int?
        var maxYear: Int?
        var count = 0
        /// Heads of the offices printed before the name ("premier", "ambassador").
        var officeHeads: Set<String> = []
        /// Offices as printed, in first-seen order.
        var offices: [String] = []
        /// An authority identifier (GND, VIAF) the source gives; it decides identity on its own.
        var reference: String?
        /// The post a one-word name is printed as the holder of: one form per surname and post.
        var heldPost: OfficePost?
        /// Some record of the form names a Spanish-speaking country or people.
        var spanishContext = false
    }

    var forms: [Form] = []
    var index: [String: Int] = [:]
    /// Folded key → every form with it (several kinds or offices may share a key).
    var byKey: [String: [Int]] = [:]

    static func group(_ kind: CorrespondentKind) -> String { kind == .person ? "p" : "o" }

    /// What `add` files an occurrence under: its folded key, office head, held post and form lookup.
    struct Keys: Sendable {
        var key: String
        var head: String?
        var post: OfficePost?
        var lookup: String
    }

    /// The keys of an occurrence: a function of the occurrence alone (worked out in parallel beforehand).
    /// `folded`: `NameFolding.fold(o.identity)`, when known already.
    static func keys(of o: NameResolver.Occurrence, folded: String? = nil) -> Keys {
        let key = folded ?? NameFolding.fold(o.identity)
        let head = o.kind == .person ? NameResolver.officeHead(o.office) : nil
        // A one-word name with an office ("Prime Minister Nehru") is kept apart from the same word
        // with another office ("Ambassador Nehru") until the rules below decide.
        let single = !key.containsSpace
        // A surname printed as the holder of a post ("the Ambassador in Xlandia (Okonkwo)") is one form per post.
        let post = single ? o.heldPost : nil
        let officeKey = post.map { "@" + $0.key } ?? (single && head != nil ? "#" + head! : "")
        let lookup = o.reference.map { "ref:" + $0 } ?? Self.lookup(group: Self.group(o.kind), key: key, officeKey: officeKey)
        return Keys(key: key, head: head, post: post, lookup: lookup)
    }

    /// `group:key` and the office key, in one string allocated once (`+` would copy it part by part).
    static func lookup(group: String, key: String, officeKey: String) -> String {
        var result = group
        // (Up to 15 bytes a string is stored inline: reserving would allocate it.)
        let count = group.utf8.count + 1 + key.utf8.count + officeKey.utf8.count
        if count > 15 { result.reserveCapacity(count) }
        result += ":"
        result += key
        result += officeKey
        return result
    }

    mutating func add(_ o: NameResolver.Occurrence) -> Int {
        let keys = o.formKeys ?? Self.keys(of: o)
        let key = keys.key, head = keys.head, post = keys.post, lookup = keys.lookup
        let id: Int
        if let existing = index[lookup] {
            id = existing
        } else {
            id = forms.count
            index[lookup] = id
            byKey[key, default: []].append(id)
            var form = Form(key: key, kind: o.kind)
            form.reference = o.reference
            form.heldPost = post
            forms.append(form)
        }
        // In place: a copy of the form would copy its lists on every mention.
        Self.note(o, head: head, in: &forms[id])
        return id
    }

    private static func note(_ o: NameResolver.Occurrence, head: String?, in f: inout Form) {
        f.count += 1
        if let head { f.officeHeads.insert(head) }
        if o.spanishContext { f.spanishContext = true }
        if let office = o.office, o.kind == .person, !f.offices.contains(office) { f.offices.append(office) }
        if let i = f.printed.firstIndex(where: { $0.text == o.identity }) { f.printed[i].count += 1 }
        else { f.printed.append((o.identity, 1)) }
        if o.kind == .institution {
            let text = o.shownAs ?? o.identity
            if let i = f.shown.firstIndex(where: { $0.text == text }) { f.shown[i].count += 1 } else { f.shown.append((text, 1)) }
        }
        if !f.surfaces.contains(o.printed) { f.surfaces.append(o.printed) }
        if let cover = o.coverResolved, !f.decisions.contains(where: { $0.form == cover.cover }) {
            f.decisions.append(MergeDecision(form: cover.cover, rule: cover.rule, detail: cover.detail))
        }
        if let y = o.year {
            f.minYear = min(f.minYear ?? y, y)
            f.maxYear = max(f.maxYear ?? y, y)
        }
    }
}

/// Union–find over forms, with the reason each union was made.
struct Clusters {
    var table: FormTable
    var authority: AuthorityFile
    var parent: [Int]
    /// Per form: the authority entry it belongs to, if any.
    var entryOf: [Int: Int] = [:]
    /// Reasons for unions, attached to the absorbed form.
    var reasons: [Int: MergeDecision] = [:]
    /// Pairs of forms whose clusters must never merge (authority `distinct`); checked against the
    /// current clusters on every union, so later merges cannot get round them.
    var forbidden: [(Int, Int)] = []

    /// Each form's name split into given names and surname, computed once (the rules compare all pairs).
    let names: [PersonName]
    /// Per form: the forms printed in the same act with it (sender, recipient, relay, participant).
    let partners: [[Int]]
    /// Similar pairs kept apart for want of evidence.
    var proposals: [Proposal] = []
    /// Surnames printed as holders of posts, with the number of people their posts make: their one-word
    /// forms are settled by `resolveOfficeHolders`, not by the office classes of `mergeShortForms`.
    var postHolders: [String: Int] = [:]
    /// `corpusSpellingPairs()`, once worked out (it does not change as forms merge).
    var spellingPairsFound: [SpellingPair]?
    /// The most posts of one surname, and namesakes of one institution, that are compared pairwise.
    static let maximumPostsCompared = 64

    init(forms: FormTable, authority: AuthorityFile, partners: [[Int]] = []) {
        table = forms
        self.authority = authority
        self.partners = partners.count == forms.forms.count ? partners : Array(repeating: [], count: forms.forms.count)
        parent = Array(forms.forms.indices)
        guessablePersons = forms.forms.indices.filter { forms.forms[$0].kind == .person && Self.isGuessable(forms.forms[$0]) }
        // From a printed form, which keeps the periods that mark initials: the one with most (`Yu. Tsedenbal`
        // beside `Yu Tsedenbal`).
        let nameTexts = forms.forms.map { form in
            form.printed.max { Self.periodCount($0.text) < Self.periodCount($1.text) }?.text ?? form.key
        }
        // Each name is split on its own: in parallel over chunks of forms, in form order.
        names = NameResolver.perRecord(nameTexts) { PersonName($0) }
    }

    /// How many characters of `text` are periods: its period bytes when it is ASCII (a byte is then a
    /// character), else by characters (a period with a combining mark is another character). O(length).
    static func periodCount(_ text: String) -> Int {
        var periods = 0
        for byte in text.utf8 {
            if byte >= 0x80 { return text.filter { $0 == "." }.count }
            if byte == UInt8(ascii: ".") { periods += 1 }
        }
        return periods
    }

    mutating func find(_ x: Int) -> Int {
        var r = x
        while parent[r] != r { r = parent[r] }
        var y = x
        while parent[y] != r { let next = parent[y]; parent[y] = r; y = next }
        return r
    }

    /// Merges `absorbed`'s cluster into `kept`'s, unless the authority file forbids it.
    @discardableResult
    mutating func union(_ kept: Int, _ absorbed: Int, reason: MergeDecision) -> Bool {
        let a = find(kept), b = find(absorbed)
        if a == b { return true }
        if isForbidden(a, b) { return false }
        if let ea = entryOf[a], let eb = entryOf[b], ea != eb { return false }
        parent[b] = a
        if let eb = entryOf[b] { entryOf[a] = eb }
        if reasons[absorbed] == nil { reasons[absorbed] = reason }
        // The kept form is as much part of the merge: it gets the same reason, in its own words.
        if reasons[kept] == nil, let text = table.forms[kept].printed.first?.text {
            reasons[kept] = MergeDecision(form: text, rule: reason.rule, detail: reason.detail)
        }
        return true
    }

    func isForbidden(_ a: Int, _ b: Int) -> Bool {
        forbidden.contains { x, y in
            let rx = root(of: x), ry = root(of: y)
            return (rx == a && ry == b) || (rx == b && ry == a)
        }
    }

    /// The cluster of a form, without path compression (for read-only checks).
    func root(of x: Int) -> Int {
        var r = x
        while parent[r] != r { r = parent[r] }
        return r
    }

    func members() -> [Int: [Int]] {
        var copy = self
        var result: [Int: [Int]] = [:]
        for i in table.forms.indices { result[copy.find(i), default: []].append(i) }
        return result
    }

    // MARK: Rules

    mutating func applyAuthority() {
        for (entryIndex, entry) in authority.entries.enumerated() {
            let names = [entry.name] + entry.aliases
            var anchor: Int?
            for name in names {
                let key = NameFolding.fold(name)
                for i in formIndices(key) {
                    let form = table.forms[i]
                    entryOf[find(i)] = entryIndex
                    if let a = anchor {
                        union(a, i, reason: MergeDecision(form: form.printed.first?.text ?? name, rule: .authority,
                            detail: "\(authority.source) line \(entry.line): alias of \(entry.name)"))
                    } else {
                        anchor = i
                        entryOf[i] = entryIndex
                        if key != NameFolding.fold(entry.name) {
                            reasons[i] = MergeDecision(form: form.printed.first?.text ?? name, rule: .authority,
                                detail: "\(authority.source) line \(entry.line): alias of \(entry.name)")
                        }
                    }
                }
            }
            for other in entry.distinct {
                for i in formIndices(NameFolding.fold(other)) {
                    if let a = anchor { forbidden.append((a, i)) }
                }
            }
        }
    }

    /// Person forms the fuzzy rules may merge.
    /// The person forms the fuzzy rules may merge, in form order: listed once in `init`, as the form table
    /// does not change while clusters merge.
    let guessablePersons: [Int]

    /// The forms with a folded key, whatever their kind or office.
    func formIndices(_ key: String) -> [Int] { table.byKey[key] ?? [] }

    /// Whether a form may be merged by the fuzzy rules: descriptions in running text ("einen
    /// Adligen", "eine Gruppe von Amtsbrüdern") and forms with an authority identifier are not names
    /// to guess about.
    func isGuessable(_ i: Int) -> Bool { Self.isGuessable(table.forms[i]) }

    /// (Of the form in place: a copy of it would retain each of its lists.)
    static func isGuessable(_ form: borrowing FormTable.Form) -> Bool {
        guard form.reference == nil, let first = form.printed.first?.text.first else { return false }
        return first.isUppercase || first == "["
    }

    /// Whether two forms' dates are within ten years of each other (undated forms always are). Only
    /// forms without a full given name need this: `Kuznetsov` in 1949 is not `V.V. Kuznetsov` in 1962.
    func timeCompatible(_ i: Int, _ j: Int) -> Bool {
        Self.timeCompatible(names[i], names[j], table.forms[i], table.forms[j])
    }

    static func timeCompatible(_ na: PersonName, _ nb: PersonName, _ a: FormTable.Form, _ b: FormTable.Form) -> Bool {
        timeCompatible(full: (na.hasFullGivenName, nb.hasFullGivenName), single: (na.isSingle, nb.isSingle),
                       years: ((a.minYear, a.maxYear), (b.minYear, b.maxYear)))
    }

    /// `timeCompatible` of two forms from what it reads: whether each has a full given name, is a single word,
    /// and its first and last year.
    static func timeCompatible(full: (Bool, Bool), single: (Bool, Bool), years: ((Int?, Int?), (Int?, Int?))) -> Bool {
        if full.0 && full.1 { return true }
        if full.0 != full.1, !(single.0 || single.1) { return true }
        if (single.0 && full.1) || (single.1 && full.0) { return true }
        guard let a0 = years.0.0, let a1 = years.0.1, let b0 = years.1.0, let b1 = years.1.1 else { return true }
        return a0 <= b1 + 10 && b0 <= a1 + 10
    }

    /// Whether both forms are dated and within ten years of each other.
    func datedWithinTenYears(_ i: Int, _ j: Int) -> Bool {
        Self.datedWithinTenYears(table.forms[i], table.forms[j])
    }

    static func datedWithinTenYears(_ a: FormTable.Form, _ b: FormTable.Form) -> Bool {
        guard let a0 = a.minYear, let a1 = a.maxYear, let b0 = b.minYear, let b1 = b.maxYear else { return false }
        return a0 <= b1 + 10 && b0 <= a1 + 10
    }

    // MARK: Candidates and links

    /// A pair that only similarity links, as forms; turned into `MergeCandidate`s at output.
    struct Proposal {
        var form: Int
        var other: Int
        var kind: MergeCandidate.Kind
        var evidence: Evidence

        /// Why the pair looks alike. A surname one letter from another's proposes a pair per form pair (many
        /// more than the candidate list keeps once pairs of correspondents are listed once): its text is
        /// written out for the candidates listed only.
        enum Evidence {
            case stated(String)
            /// `form`'s surname is one letter from `other`'s, and nothing links them.
            case oneLetterApart
        }

        init(form: Int, other: Int, kind: MergeCandidate.Kind, evidence: String) {
            self.init(form: form, other: other, kind: kind, evidence: .stated(evidence))
        }

        init(form: Int, other: Int, kind: MergeCandidate.Kind, evidence: Evidence) {
            self.form = form
            self.other = other
            self.kind = kind
            self.evidence = evidence
        }
    }

    /// A form (of a third correspondent) that both forms exchanged acts with: the corpus links them
    /// through another record. O(partners of both) per call.
    func sharedPartner(_ i: Int, _ j: Int) -> Int? {
        let (small, large) = partners[i].count <= partners[j].count ? (i, j) : (j, i)
        let own: Set<Int> = [root(of: i), root(of: j)]
        var roots = Set<Int>()
        for p in partners[large] {
            let r = root(of: p)
            if !own.contains(r) { roots.insert(r) }
        }
        return partners[small].first { roots.contains(root(of: $0)) }
    }

    /// Merges two similar forms when the corpus links them through a shared correspondent and
    /// `linkable` says the similarity is a misprint-sized one; otherwise records a candidate.
    mutating func mergeIfLinked(_ kept: Int, _ absorbed: Int, kind: MergeCandidate.Kind, rule: MergeDecision.Rule,
                                similarity: String, linkable: Bool) {
        guard find(kept) != find(absorbed) else { return }
        if linkable, let partner = sharedPartner(kept, absorbed) {
            let via = table.forms[partner].printed.first?.text ?? ""
            union(kept, absorbed, reason: MergeDecision(form: table.forms[absorbed].printed[0].text, rule: rule,
                detail: "\(similarity), and both exchange acts with \(via)"))
        } else {
            proposals.append(Proposal(form: absorbed, other: kept, kind: kind,
                evidence: similarity + (linkable ? "; no shared correspondent links them" : "; similarity alone")))
        }
    }

    // MARK: Rules

    /// `tokens.prefix(2).joined(separator: " ")`, by two appends (the generic join costs several times more).
    static func firstTwoWords(_ tokens: [String]) -> String {
        guard tokens.count >= 2 else { return tokens.first ?? "" }
        var words = tokens[0]
        words += " "
        words += tokens[1]
        return words
    }

    /// A name that begins or ends a longer one (`Ana Ruiz` / `Ana Ruiz Soto`, `Che Guevara` / `Ernesto
    /// Che Guevara`) is a candidate, never a merge: the extra words may make another person (a married
    /// name, a child named after a parent, `Madame` before a husband's name). Longer names are indexed by
    /// their first two words and by their surname, so each name meets only its candidates.
    mutating func proposeContainedNames() {
        let persons = guessablePersons
        // Only a name of three words or more can contain another: without one, nothing is proposed.
        guard persons.contains(where: { names[$0].tokens.count > 2 }) else { return }
        var byStart: [String: [Int]] = [:], byEnd: [String: [Int]] = [:]
        for j in persons where names[j].tokens.count > 2 {
            byStart[Self.firstTwoWords(names[j].tokens), default: []].append(j)
            byEnd[names[j].surname, default: []].append(j)
        }
        // Per shorter form: how many names add exactly one word after it (a Spanish maternal surname fits one).
        var spanishLonger: [Int: Int] = [:]
        for i in persons where names[i].tokens.count >= 2 {
            let a = names[i].tokens
            spanishLonger[i] = Set((byStart[Self.firstTwoWords(a)] ?? [])
                .filter { names[$0].tokens.count == a.count + 1 && Array(names[$0].tokens.prefix(a.count)) == a }
                .map { NameFolding.fold(names[$0].tokens.joined(separator: " ")) }).count
        }
        for i in persons {
            let a = names[i]
            guard a.tokens.count >= 2, a.hasFullGivenName else { continue }
            // Extra words that are only initials (`A. Clark Kerr` for `Clark Kerr`) abbreviate given names and
            // make no other person: the form joins the one such longer name, as initials do.
            var initialled: [Int] = []
            for j in byEnd[a.surname] ?? [] where names[j].tokens.count > a.tokens.count && Array(names[j].tokens.suffix(a.tokens.count)) == a.tokens {
                let extra = names[j].tokens.count - a.tokens.count
                if names[j].givenIsInitial.prefix(extra).allSatisfy({ $0 }) { initialled.append(j) }
            }
            if Set(initialled.map { find($0) }).count == 1, let target = initialled.first, find(target) != find(i) {
                union(target, i, reason: MergeDecision(form: table.forms[i].printed[0].text, rule: .initials,
                    detail: "\(table.forms[target].printed[0].text) is the only name that adds initials to \(table.forms[i].printed[0].text)"))
            }
            for (index, atStart) in [(byStart[Self.firstTwoWords(a.tokens)] ?? [], true), (byEnd[a.surname] ?? [], false)] {
                for j in index where find(j) != find(i) {
                    let b = names[j].tokens
                    guard b.count > a.tokens.count else { continue }
                    let part = atStart ? Array(b.prefix(a.tokens.count)) : Array(b.suffix(a.tokens.count))
                    guard part == a.tokens else { continue }
                    let extra = atStart ? b.suffix(b.count - a.tokens.count) : b.prefix(b.count - a.tokens.count)
                    let address = extra.contains { PersonName.addressesMarkingAnotherPerson.contains($0) }
                    let shorter = table.forms[i].printed[0].text, longer = table.forms[j].printed[0].text
                    // `Fidel Castro Ruz`: a Spanish name adds the mother's surname after the father's. With a record
                    // set in a Spanish-speaking country, the one such longer name is the same person.
                    if atStart, extra.count == 1, let maternal = extra.first, maternal.count >= 3, !address,
                       !names[j].givenIsInitial.contains(true), table.forms[i].spanishContext || table.forms[j].spanishContext,
                       spanishLonger[i] == 1 {
                        union(j, i, reason: MergeDecision(form: shorter, rule: .shortForm,
                            detail: "\(shorter) is \(longer) without the mother's surname, as Spanish names are shortened"))
                        continue
                    }
                    proposals.append(Proposal(form: i, other: j, kind: address ? .formOfAddress : .longerName,
                        evidence: "\(shorter) \(atStart ? "begins" : "ends") \(longer); the extra words may make another person"))
                }
            }
        }
    }

    /// Forms with one surname merge when their given names are the same (equal, transliteration
    /// variants, or initials of the other's names) and exactly one fuller form fits: `N.V. Roshchin`,
    /// `Nikolai Roshchin`. Given names that only look alike (`Du`/`Dong`) make a candidate; a one-letter
    /// misprint of a long given name (`Dondogiin`/`Dondongiin`) merges only when a shared correspondent
    /// links the two. Blocked by surname: O(Σ g²) for surname groups of size g.
    mutating func mergeSameSurname() {
        let persons = guessablePersons
        var bySurname: [String: [Int]] = [:]
        for i in persons {
            let name = names[i]
            guard !name.isSingle else { continue }
            bySurname[name.surname, default: []].append(i)
        }
        for (_, group) in bySurname.sorted(by: { $0.key < $1.key }) where group.count > 1 {
            // Fuller forms first: more given-name letters. (Forms are named by their position in the group, whose
            // letters and given-name keys are worked out once, not once per comparison.)
            let letters = group.map(info)
            let keys = group.map { names[$0].given.map(PersonName.givenNameKey) }
            let compared = group.map { ComparedForm(table.forms[$0], names[$0]) }
            let ordered = group.indices.sorted { letters[$0] > letters[$1] || (letters[$0] == letters[$1] && group[$0] < group[$1]) }
            var representatives: [Int] = []
            for position in ordered {
                let i = group[position], name = names[i]
                var same: [Int] = [], similar: [Int] = []
                for r in representatives where compared[r].timeCompatible(compared[position]) {
                    switch PersonName.givenNames(names[group[r]], name, keys: (keys[r], keys[position])) {
                    case .same: same.append(group[r])
                    case .similar: similar.append(group[r])
                    case .conflict: break
                    }
                }
                if same.count == 1 {
                    let target = same[0]
                    let rule: MergeDecision.Rule = name.hasOnlyInitials || names[target].hasOnlyInitials ? .initials : .sameName
                    union(target, i, reason: MergeDecision(form: table.forms[i].printed[0].text, rule: rule,
                        detail: "same surname, the same given names or their initials: \(table.forms[i].printed[0].text) ~ \(table.forms[target].printed[0].text)"))
                    continue
                }
                representatives.append(position)
                guard same.isEmpty else { continue }
                for r in similar {
                    let a = names[r], b = name
                    let misprint = zip(a.given, b.given).allSatisfy { $0 == $1 || PersonName.oneEditApart($0, $1, minLength: 5) }
                    mergeIfLinked(r, i, kind: .givenNames, rule: .spellingVariant,
                                  similarity: "same surname, given names alike: \(table.forms[i].printed[0].text) ~ \(table.forms[r].printed[0].text)",
                                  linkable: misprint)
                }
            }
        }
    }

    /// `Liushaoqi` for `Liu Shaoqi`: a one-word form that is exactly one longer name (of full words, no
    /// initials) with its spaces and hyphens removed is that name.
    mutating func mergeJoinedNames() {
        let persons = guessablePersons
        // Only a one-word form joins a longer name: without one, the index is not built.
        guard persons.contains(where: { names[$0].isSingle }) else { return }
        var joined: [String: [Int]] = [:]
        for j in persons where names[j].tokens.count >= 2 && !names[j].givenIsInitial.contains(true) {
            joined[names[j].tokens.joined(), default: []].append(j)
        }
        for i in persons where names[i].isSingle {
            guard let targets = joined[names[i].surname], Set(targets.map { find($0) }).count == 1, let target = targets.first,
                  find(target) != find(i) else { continue }
            union(target, i, reason: MergeDecision(form: table.forms[i].printed[0].text, rule: .sameName,
                detail: "the same name as \(table.forms[target].printed[0].text) once spacing is folded"))
        }
    }

    /// `CCP` and `CCP Central Committee` both printed as correspondents: a party writes and is written to
    /// through its central committee, so the party is that committee. A party whose committee the corpus
    /// never prints (`Italian Communist Party`) stays itself.
    mutating func mergePartiesWithCentralCommittees() {
        for i in table.forms.indices where table.forms[i].kind == .institution {
            guard let text = table.forms[i].printed.first?.text else { continue }
            let committee = InstitutionName.canonical("Central Committee of the \(text)")
            guard committee == "\(text) Central Committee",
                  let target = formIndices(NameFolding.fold(committee)).first(where: { table.forms[$0].kind == .institution }),
                  find(target) != find(i) else { continue }
            union(target, i, reason: MergeDecision(form: text, rule: .institutionForm,
                detail: "a party writes through its central committee, which the corpus prints: \(committee)"))
        }
    }

    /// `the Central Committee`, `the Politburo`: an institution printed without its party or country joins the
    /// one qualified institution of that name (`CCP Central Committee`) that exchanges acts with the same
    /// correspondent; when several do, or none, it stays apart. Blocked by the last words of names.
    mutating func mergeUnqualifiedInstitutions() {
        let institutions = table.forms.indices.filter { table.forms[$0].kind == .institution && isGuessable($0) }
        var bySuffix: [String: [Int]] = [:]
        for j in institutions {
            let words = table.forms[j].key.split(separator: " ")
            for n in 1..<min(words.count, 4) { bySuffix[words.suffix(n).joined(separator: " "), default: []].append(j) }
        }
        for i in institutions {
            let key = table.forms[i].key
            guard key.split(separator: " ").count <= 3, let longer = bySuffix[key], longer.count <= Self.maximumPostsCompared else { continue }
            // The link is a third correspondent, not another institution of the same name.
            let namesakes = Set(longer.map { root(of: $0) })
            let own = Set(partners[i].map { root(of: $0) }).subtracting(namesakes)
            func link(_ j: Int) -> Int? { partners[j].first { own.contains(root(of: $0)) } }
            let linked = longer.filter { find($0) != find(i) && link($0) != nil }
            guard Set(linked.map { find($0) }).count == 1, let target = linked.first, let partner = link(target) else { continue }
            union(target, i, reason: MergeDecision(form: table.forms[i].printed[0].text, rule: .institutionForm,
                detail: "\(table.forms[i].printed[0].text) names no party or country; the one \(table.forms[target].printed[0].text) exchanging acts with \(table.forms[partner].printed[0].text) does"))
        }
    }

    /// `Chargé d'Affaires of the Soviet Embassy`: a diplomatic office named alone with its nationality but
    /// no posting is the one office of that rank and nationality the corpus prints with a posting (`Soviet
    /// Chargé to the PRC`) within ten years. Two such offices, or no nationality (`the Foreign Minister`),
    /// leave it apart. Blocked by nationality and rank.
    mutating func mergeUnpostedOffices() {
        struct Office { var form: Int; var nationality: String; var ranks: Set<String>; var posted: Bool }
        var offices: [Office] = []
        for i in table.forms.indices where table.forms[i].kind == .office && isGuessable(i) {
            let text = table.forms[i].printed[0].text
            let words = NameFolding.fold(text).split(separator: " ").map(String.init)
            let ranks = Set(words.filter(OfficeWords.diplomaticRanks.contains)).subtracting(["d", "affaires"])
            guard !ranks.isEmpty, let nationality = InstitutionName.countryAdjective(in: text) else { continue }
            let posted = words.dropLast().contains { ["to", "in", "at"].contains($0) }
            offices.append(Office(form: i, nationality: nationality, ranks: ranks, posted: posted))
        }
        var postedByKey: [String: [Office]] = [:]
        for o in offices where o.posted {
            for r in o.ranks { postedByKey[o.nationality + "|" + r, default: []].append(o) }
        }
        for o in offices where !o.posted {
            var fitting: [Int] = []
            for r in o.ranks { fitting += (postedByKey[o.nationality + "|" + r] ?? []).map(\.form) }
            fitting = fitting.filter { datedWithinTenYears($0, o.form) }
            guard Set(fitting.map { find($0) }).count == 1, let target = fitting.first, find(target) != find(o.form) else { continue }
            union(target, o.form, reason: MergeDecision(form: table.forms[o.form].printed[0].text, rule: .sameName,
                detail: "the one \(o.nationality) office of that rank printed with its posting within ten years: \(table.forms[target].printed[0].text)"))
        }
    }

    /// The posts a form is printed with: the post it holds, else the offices before the name.
    func posts(of form: Int) -> [OfficePost] {
        table.forms[form].heldPost.map { [$0] } ?? table.forms[form].offices.compactMap(OfficePost.init)
    }

    func info(_ form: Int) -> Int { names[form].given.reduce(0) { $0 + $1.count } }

    /// A surname printed as the holder of a post (`the Ambassador in Xlandia (Okonkwo)`) names a person
    /// by surname and post. Phrasings of one post are one person (`the Ambassadors in Xlandia (Okonkwo)
    /// and …`, a misprinted word, a less specific phrasing that fits one post); two posts held at the same
    /// time are two people (`Ambassador in Xlandia (Okonkwo)`, `Ambassador in Ruritania (Okonkwo)`), and
    /// so are posts of different services (`President Okonkwo`, `Deputy Under Secretary (Okonkwo)`);
    /// diplomatic posts held one after another within a generation (25 years) are one diplomat's career
    /// when they fit no other post. A bare surname joins the posts only when they make one person.
    /// Blocked by surname: O(Σ s²) for s one-word forms per surname.
    mutating func resolveOfficeHolders() {
        var singles: [String: [Int]] = [:]
        for i in guessablePersons where names[i].isSingle { singles[names[i].surname, default: []].append(i) }
        for (surname, group) in singles.sorted(by: { $0.key < $1.key }) where group.contains(where: { table.forms[$0].heldPost != nil }) {
            // Forms printed with an office before the name ("President Okonkwo") hold that post too.
            let posted: [(form: Int, post: OfficePost)] = group.compactMap { i in
                (table.forms[i].heldPost ?? table.forms[i].offices.first.flatMap(OfficePost.init)).map { (i, $0) }
            }
            // Phrasings are compared pairwise within a surname; a surname printed with more posts than a person
            // holds (`maximumPostsCompared`) keeps only identical posts together, so that time stays linear.
            let comparable = posted.count <= Self.maximumPostsCompared
            for a in posted.indices where comparable {
                for b in posted.indices where b > a && find(posted[a].form) != find(posted[b].form) && posted[a].post.isSamePost(posted[b].post) {
                    unionHolders(posted[a].form, posted[b].form,
                                 detail: "the same post in two phrasings: \(posted[b].post.display) ~ \(posted[a].post.display)")
                }
            }
            for (i, post) in posted where comparable {
                let fits = posted.filter { $0.form != i && post.isLessSpecific(than: $0.post) }
                guard Set(fits.map { find($0.form) }).count == 1, let target = fits.first else { continue }
                unionHolders(target.form, i, detail: "\(post.display) is the one post printed more fully as \(target.post.display)")
            }
            // A post described in words the lexicon does not know (`Wardens in Xlandia (Okonkwo) and …`) may be
            // a plural, a translation or a misprint of an office: it is the one post of the surname at that posting.
            for (i, post) in posted where comparable && !post.namesKnownOffice && !post.posting.isEmpty {
                let fits = posted.filter { $0.form != i && $0.post.posting == post.posting }
                guard Set(fits.map { find($0.form) }).count == 1, let target = fits.first, find(target.form) != find(i) else { continue }
                unionHolders(target.form, i, detail: "\(post.display) is described in words the lexicon does not know, at the one posting \(target.post.display)")
            }
            if comparable { joinDiplomaticCareers(posted) }
            let people = Set(posted.map { find($0.form) })
            postHolders[surname] = people.count
            guard people.count == 1, let holder = posted.first?.form else { continue }
            for bare in group where table.forms[bare].offices.isEmpty {
                unionHolders(holder, bare, detail: "\(surface(bare)) is printed as the holder of one post only")
            }
        }
    }

    /// The form as first printed, with its post for a holder (`Ambassador in Xlandia (Okonkwo)`).
    func surface(_ i: Int) -> String { table.forms[i].surfaces.first ?? table.forms[i].printed[0].text }

    /// A union of two forms of one surname, each audited under the form as printed with its post.
    mutating func unionHolders(_ kept: Int, _ absorbed: Int, detail: String) {
        let bare = table.forms[kept].printed[0].text
        guard union(kept, absorbed, reason: MergeDecision(form: surface(absorbed), rule: .sameName, detail: detail)) else { return }
        if reasons[kept]?.form == bare, surface(kept) != bare {
            reasons[kept] = MergeDecision(form: surface(kept), rule: .sameName, detail: detail)
        }
    }

    /// Joins the posts of one surname that one diplomat held one after another: each person (so far) whose
    /// posts are all diplomatic, dated, and disjoint in time from exactly one other such person no more
    /// than 25 years away. Two posts at once, or a post that fits two careers, stay apart.
    mutating func joinDiplomaticCareers(_ posted: [(form: Int, post: OfficePost)]) {
        var spans: [Int: (first: Int, last: Int)] = [:]
        var undiplomatic = Set<Int>()
        for (i, post) in posted {
            let r = find(i)
            guard post.isDiplomatic, let y0 = table.forms[i].minYear, let y1 = table.forms[i].maxYear else { undiplomatic.insert(r); continue }
            let s = spans[r] ?? (y0, y1)
            spans[r] = (min(s.first, y0), max(s.last, y1))
        }
        let roots = spans.keys.filter { !undiplomatic.contains($0) }.sorted()
        var partners: [Int: [Int]] = [:]
        for a in roots {
            for b in roots where b > a {
                guard let x = spans[a], let y = spans[b] else { continue }
                let (earlier, later) = x.first <= y.first ? (x, y) : (y, x)
                guard earlier.last < later.first, later.first - earlier.last <= 25 else { continue }
                partners[a, default: []].append(b)
                partners[b, default: []].append(a)
            }
        }
        for (a, list) in partners.sorted(by: { $0.key < $1.key }) where list.count == 1 && a < list[0] && partners[list[0]]?.count == 1 {
            let b = list[0]
            let postA = posted.first { root(of: $0.form) == a }?.post.display ?? ""
            let postB = posted.first { root(of: $0.form) == b }?.post.display ?? ""
            unionHolders(a, b, detail: "one diplomat's posts, held at different times: \(postA); \(postB)")
        }
    }

    /// One-word forms merge with the one person whose first or last name they are, unless their
    /// offices disagree ("Prime Minister Nehru" is not "Ambassador R.K. Nehru") or the one word is
    /// used for several people with different offices.
    mutating func mergeShortForms() {
        let persons = guessablePersons
        // Every rule below merges a one-word form: without one, the indexes are not built.
        guard persons.contains(where: { names[$0].isSingle }) else { return }
        var byWord: [String: Set<Int>] = [:]
        var singlesByWord: [String: [Int]] = [:]
        for i in persons {
            let name = names[i]
            if name.isSingle {
                singlesByWord[name.surname, default: []].append(i)
                continue
            }
            // A form that a form of address marks as another person (`Madame X`) is no full name of X.
            if name.tokens.contains(where: PersonName.addressesMarkingAnotherPerson.contains) { continue }
            byWord[name.surname, default: []].insert(i)
            if let first = name.tokens.first, first.count > 2 { byWord[first, default: []].insert(i) }
        }
        // Offices seen with any form of a person: `Chairman Mao [Zedong]` lends its office to `Mao Zedong`.
        var clusterHeads: [Int: Set<String>] = [:]
        for i in persons where !table.forms[i].officeHeads.isEmpty { clusterHeads[find(i), default: []].formUnion(table.forms[i].officeHeads) }
        // Twice: a merge in the first pass can lend a person the office a later form needs.
        for _ in 0..<2 {
            for i in persons {
                let name = names[i]
                guard name.isSingle else { continue }
                let heads = table.forms[i].officeHeads
                var fitting = (byWord[name.surname] ?? []).filter { timeCompatible($0, i) }
                // Several people hold posts under this surname: a full name must be printed with the same post.
                if (postHolders[name.surname] ?? 0) >= 2 {
                    let own = posts(of: i)
                    fitting = fitting.filter { j in posts(of: j).contains { p in own.contains { $0.isSamePost(p) } } }
                }
                if !heads.isEmpty {
                    // An office must be seen with the full name too: "President Jiang" is not "Jiang Qing".
                    // It only rules people out: among several people of that name, "Vice-Minister Zhang" stays
                    // ambiguous even if one Zhang is printed with that office.
                    let people = Set(fitting.map { find($0) })
                    let unfiltered = fitting
                    fitting = fitting.filter { !(clusterHeads[find($0)] ?? []).isDisjoint(with: heads) }
                    if people.count > 1 { fitting = [] }
                    // `President Okafor` and `Chukwuma Okafor`, the one full name, printed without any office: the
                    // corpus links them when both exchange acts with the same correspondent.
                    else if fitting.isEmpty, let only = unfiltered.first, (clusterHeads[find(only)] ?? []).isEmpty,
                            sharedPartner(i, only) != nil {
                        fitting = unfiltered
                    }
                } else {
                    // A bare word used elsewhere with different offices names more than one person.
                    let siblingHeads = (singlesByWord[name.surname] ?? []).reduce(into: Set<String>()) { $0.formUnion(table.forms[$1].officeHeads) }
                    if siblingHeads.count >= 2 { continue }
                }
                var roots = Set<Int>()
                for c in fitting { roots.insert(find(c)) }
                guard roots.count == 1, let target = fitting.min(), find(target) != find(i) else { continue }
                let moved = clusterHeads[find(i)] ?? []
                union(target, i, reason: MergeDecision(form: table.forms[i].printed[0].text, rule: .shortForm,
                    detail: "\(table.forms[i].printed[0].text) is part of exactly one full name in the corpus: \(table.forms[target].printed[0].text)"))
                clusterHeads[find(target), default: []].formUnion(moved.union(heads))
            }
        }
        // The same one word with and without an office is one person when nothing says otherwise.
        for (word, singles) in singlesByWord where singles.count > 1 && postHolders[word] == nil {
            let heads = singles.reduce(into: Set<String>()) { $0.formUnion(table.forms[$1].officeHeads) }
            guard heads.count <= 1 else { continue }
            for other in singles.dropFirst() {
                union(singles[0], other, reason: MergeDecision(form: table.forms[other].printed[0].text, rule: .sameName,
                    detail: "the same name with and without an office"))
            }
        }
    }

    /// Wade–Giles and Pinyin spellings of one name. A form marked as Wade–Giles (a hyphen or apostrophe
    /// between syllables, an initial `hs`/`ts`/`tz` that Pinyin lacks) cannot be a Pinyin name itself, so,
    /// like an initial, it merges with the one name in the corpus it reads as (`Mao Tse-tung` → `Mao
    /// Zedong`). An unmarked form that reads as another (`Kao Kang`/`Gao Gang`: both are Pinyin too) is a
    /// candidate unless a shared correspondent links them.
    ///
    /// Blocked by the romanization-folded first word: each Wade–Giles form looks up only the names whose
    /// first word is one of its first word's Pinyin readings (a handful), so the rule is
    /// O(W · r · b) for W Wade–Giles-looking forms, r readings and b names per folded first word.
    mutating func mergeRomanizations() {
        let persons = guessablePersons.filter { table.forms[$0].key.containsSpace }
        func words(_ i: Int) -> [String] {
            let lower = (table.forms[i].printed.first?.text ?? "").lowercased()
            // ASCII (most names): words and hyphens by bytes, as by characters, in one pass. O(length).
            if lower.utf8.allSatisfy({ $0 < 0x80 }) {
                // As `split(separator: " ")` then removing hyphens, but each word built from its bytes in one
                // pass (a lazily filtered slice is decoded several times over). A word of hyphens only is "".
                var result: [String] = [], word: [UInt8] = [], wordLength = 0
                func endWord() {
                    if wordLength > 0 { result.append(String(decoding: word, as: UTF8.self)) }
                    word.removeAll(keepingCapacity: true)
                    wordLength = 0
                }
                for byte in lower.utf8 {
                    if byte == 0x20 { endWord(); continue }
                    wordLength += 1
                    if byte != UInt8(ascii: "-") { word.append(byte) }
                }
                endWord()
                return result
            }
            // (A word without a hyphen byte has none to remove.)
            return lower.split(separator: " ")
                .map { $0.utf8.contains(UInt8(ascii: "-")) ? $0.replacingOccurrences(of: "-", with: "") : String($0) }
        }
        // The forms that look like Wade–Giles (a few in a corpus) and their readings come first: they read
        // only names whose first word is a reading of theirs, so only forms with such a first word are split
        // and indexed below. (Readings depend on the printed text alone, not on what has merged.)
        var wadeGilesForms: [(form: Int, printed: String, words: [String], readings: [Set<String>])] = []
        var readFirstWords = Set<String>()
        for i in persons {
            guard let printed = table.forms[i].printed.first?.text, Romanization.looksLikeWadeGiles(printed) else { continue }
            let wgWords = printed.lowercased().split(separator: " ").map(String.init)
            guard !wgWords.isEmpty else { continue }
            let readings = wgWords.map { Romanization.pinyinReadings(ofWord: $0) }
            readFirstWords.formUnion(readings[0])
            wadeGilesForms.append((i, printed, wgWords, readings))
        }
        guard !wadeGilesForms.isEmpty else { return }
        // Each indexed form's words, split once (the forms do not change while they are merged).
        var wordsOf: [Int: [String]] = [:]
        var byFirstWord: [String: [Int]] = [:]
        for j in persons {
            if let first = Self.asciiFirstWord(table.forms[j].printed.first?.text ?? ""), !readFirstWords.contains(first) { continue }
            let w = words(j)
            guard let first = w.first, readFirstWords.contains(first) else { continue }
            wordsOf[j] = w
            byFirstWord[first, default: []].append(j)
        }
        for (i, printed, wgWords, readings) in wadeGilesForms {
            let joinedWords = wgWords.map { $0.replacingOccurrences(of: "-", with: "") }
            var targets: [Int] = []
            for reading in readings[0] {
                for j in byFirstWord[reading] ?? [] where j != i {
                    let w = wordsOf[j] ?? words(j)
                    guard w.count == wgWords.count else { continue }
                    // `Chou Enlai` is `Chou En-lai` with its syllables run together: the same name.
                    if w == joinedWords {
                        union(i, j, reason: MergeDecision(form: table.forms[j].printed[0].text, rule: .sameName,
                            detail: "the same name as \(printed) once its syllables are joined"))
                        continue
                    }
                    if zip(readings, w).allSatisfy({ $0.contains($1) }) { targets.append(j) }
                }
            }
            guard !targets.isEmpty else { continue }
            var roots = Set<Int>()
            for t in targets { roots.insert(find(t)) }
            let target = targets.first { !Romanization.looksLikeWadeGiles(table.forms[$0].printed.first!.text) } ?? targets[0]
            // "Chou En-lai" reads as "Zhou Enlai" and as the hybrid "Chou Enlai", which itself reads as
            // "Zhou Enlai": the targets are one name when each reads as another.
            let texts = targets.map { table.forms[$0].printed[0].text }
            let oneName = roots.count == 1 || texts.allSatisfy { a in
                texts.contains { b in a != b && (Romanization.matches(wadeGiles: a, pinyin: b) || Romanization.matches(wadeGiles: b, pinyin: a)) }
            }
            if Romanization.isMarkedWadeGiles(printed), oneName {
                for other in targets where find(other) != find(target) {
                    union(target, other, reason: MergeDecision(form: table.forms[other].printed[0].text, rule: .romanization,
                        detail: "\(table.forms[other].printed[0].text) and \(table.forms[target].printed[0].text) are one name in two romanizations, as \(printed) shows"))
                }
                union(target, i, reason: MergeDecision(form: printed, rule: .romanization,
                    detail: "\(printed) is marked as Wade–Giles and reads as the only matching name, Pinyin \(table.forms[target].printed[0].text)"))
                continue
            }
            for t in targets {
                mergeIfLinked(t, i, kind: .romanization, rule: .romanization,
                              similarity: "\(printed) may be a Wade–Giles spelling of \(table.forms[t].printed[0].text)",
                              linkable: roots.count == 1)
            }
        }
    }

    /// The first word of an ASCII name as `mergeRomanizations` splits it (lower-cased, hyphens removed), read
    /// from its bytes; nil for a name with other bytes (split by characters there). O(length of the word).
    static func asciiFirstWord(_ text: String) -> String? {
        var word: [UInt8] = []
        var started = false
        for byte in text.utf8 {
            guard byte < 0x80 else { return nil }
            if byte == 0x20 {
                if started { break }
                continue
            }
            started = true
            if byte != UInt8(ascii: "-") { word.append(byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") ? byte + 32 : byte) }
        }
        return String(decoding: word, as: UTF8.self)
    }

    /// Surnames that are one transliteration apart (`Semyonov`/`Semenov`, `Sokolovskii`/`Sokolovsky`) are
    /// the same normalized name and merge when given names and dates agree. Surnames one letter apart
    /// (`Roschin`/`Roshchin`) are a candidate; they merge only when the difference is a misprint and a
    /// shared correspondent links them.
    ///
    /// Blocking: each distinct surname is filed under its transliteration key and under every form of
    /// it with one letter deleted; two surnames one edit apart (a letter dropped, added, replaced, or two
    /// swapped) always share such a key. Time O(S · L) for S distinct surnames of length L, plus O(L²) per
    /// surname pair found, plus the form pairs of those surname pairs (given names and years only). The
    /// buckets stay small (at most 6 surnames on the 200k-letter listing), but the form pairs grow with the
    /// square of the forms printed per surname: 4,947 on the 50k listing, 78,338 on the 200k one — as do the
    /// candidates they propose (3,162 and 50,327), which the corpus's near-namesakes make. So a form pair
    /// costs O(1) unless its given names must be compared: the tests read a copy of each form made once, a
    /// candidate's evidence is written only if it is listed, and the second run reads only the pairs that can merge.
    mutating func mergeSpellingVariants() {
        // The pairs depend on the form table and names only, which merging leaves alone: the second run
        // reuses the first's.
        let found = spellingPairsFound ?? corpusSpellingPairs()
        // A pair that nothing can link (`linkable` false) only proposes a candidate, and does so on the first run:
        // on the second the same proposal would come after its twin, and the candidate list keeps the first
        // of a pair of correspondents. The second run reads the pairs that can merge only.
        spellingPairsFound = spellingPairsFound ?? found.filter {
            if case .linkCandidate(linkable: false) = $0.test { return false }
            return true
        }
        for pair in found {
            let i = pair.kept, j = pair.absorbed
            guard find(i) != find(j) else { continue }
            if case .linkCandidate(linkable: false) = pair.test {
                proposals.append(Proposal(form: j, other: i, kind: .spellingVariant, evidence: .oneLetterApart))
                continue
            }
            let kept = table.forms[i].printed[0].text, absorbed = table.forms[j].printed[0].text
            let detail: String
            switch pair.test {
            case .sameName:
                detail = "the same name as \(kept) once transliteration variants are folded"
            case .unreadablePinyin:
                detail = "\(absorbed) and \(kept) are one edit apart, and only one reads as Pinyin"
            case .replacedInLongSurname:
                detail = "the same given names, and one letter replaced in a long surname: \(absorbed) ~ \(kept)"
            case .misprintWithGivenNames:
                detail = "the same two given names, and a misprint-sized difference in the surname: \(absorbed) ~ \(kept)"
            case .linkCandidate(let linkable):
                // Short surnames need the given names too (`Mao Zeong`), long ones stand alone (`Roschin`).
                mergeIfLinked(i, j, kind: .spellingVariant, rule: .spellingVariant,
                              similarity: Self.oneLetterSimilarity(absorbed: absorbed, kept: kept), linkable: linkable)
                continue
            }
            union(i, j, reason: MergeDecision(form: absorbed, rule: .spellingVariant, detail: detail))
        }
    }

    /// How a spelling-variant candidate says why it looks alike.
    static func oneLetterSimilarity(absorbed: String, kept: String) -> String { "\(absorbed) is one letter from \(kept)" }

    /// The word with each of its letters deleted in turn, in order (duplicates kept). An ASCII word is cut
    /// on its bytes, which are its characters; another is cut by characters.
    static func oneLetterDeletions(_ word: String) -> [String] {
        let bytes = Array(word.utf8)
        // (A CR before an LF would be one character of two bytes.)
        if !bytes.contains(where: { $0 >= 0x80 || $0 == 0x0D }) {
            // Each written straight into its string (no shortened copy of the bytes in between).
            return bytes.indices.map { k in
                String(unsafeUninitializedCapacity: bytes.count - 1) { out in
                    var n = 0
                    for (position, byte) in bytes.enumerated() where position != k { out[n] = byte; n += 1 }
                    return n
                }
            }
        }
        let chars = Array(word)
        return chars.indices.map { k in
            var shorter = chars
            shorter.remove(at: k)
            return String(shorter)
        }
    }

    /// The form pairs of surnames one edit apart, with the first test of `mergeSpellingVariants` each passes,
    /// in the order it merges them. See `mergeSpellingVariants` for the blocking and its cost.
    func corpusSpellingPairs() -> [SpellingPair] {
        var formsBySurname: [String: [Int]] = [:]
        for i in guessablePersons where names[i].surname.count >= 5 { formsBySurname[names[i].surname, default: []].append(i) }
        let surnames = formsBySurname.keys.sorted()
        // Surnames are named by their sorted position (a later one has a greater index), and each distinct
        // blocking key by a number given once: a key is hashed once, and the surnames filed under each key
        // are listed in one flat array (`filed`, key by key) rather than one list per key.
        let transliterated = surnames.map(PersonName.transliterationKey)
        var keyNumbers = Set<NumberedKey>()
        // Each surname files itself under its own key, its transliteration key and one key per letter.
        keyNumbers.reserveCapacity(surnames.reduce(0) { $0 + $1.utf8.count + 2 })
        // The key numbers of each surname in turn (duplicates kept), from `keysStart[index]`.
        var surnameKeys: [Int] = [], keysStart: [Int] = [0]
        keysStart.reserveCapacity(surnames.count + 1)
        // Per key: the last surname filed under it (a key met twice for one surname, `anna` without either
        // `n`, files it once), and how many are.
        var lastFiled: [Int] = [], filedCount: [Int] = []
        for (index, surname) in surnames.enumerated() {
            for k in [surname, "=" + transliterated[index]] + Self.oneLetterDeletions(surname) {
                let next = keyNumbers.count
                // One lookup: a new key is stored with the next number, a known one gives its own.
                let number = keyNumbers.insert(NumberedKey(text: k, number: next)).memberAfterInsert.number
                if number == next { lastFiled.append(-1); filedCount.append(0) }
                surnameKeys.append(number)
                if lastFiled[number] != index { lastFiled[number] = index; filedCount[number] += 1 }
            }
            keysStart.append(surnameKeys.count)
        }
        // `filed[filedStart[k]..<filedStart[k + 1]]`: the surnames filed under key `k`, in increasing order.
        var filedStart = [0]
        filedStart.reserveCapacity(filedCount.count + 1)
        for count in filedCount { filedStart.append(filedStart[filedStart.count - 1] + count) }
        var filed = [Int](repeating: 0, count: filedStart[filedStart.count - 1]), fill = filedStart
        for index in surnames.indices {
            for number in surnameKeys[keysStart[index]..<keysStart[index + 1]] {
                // A key the surname repeats already ends with it.
                if fill[number] > filedStart[number], filed[fill[number] - 1] == index { continue }
                filed[fill[number]] = index
                fill[number] += 1
            }
        }
        var seen = Set<Int>()
        var pairs: [(Int, Int)] = []
        for index in surnames.indices {
            for number in surnameKeys[keysStart[index]..<keysStart[index + 1]] {
                for other in filed[filedStart[number]..<filedStart[number + 1]] where other > index && seen.insert(index * surnames.count + other).inserted {
                    pairs.append((index, other))
                }
            }
        }
        // Which form pairs pass the tests that read names, counts and years only (merging changes none of
        // them) is worked out per surname pair in parallel; the merges then follow in the pairs' order.
        let forms = table.forms, names = self.names
        let formsOf = surnames.map { formsBySurname[$0] ?? [] }
        let found = NameResolver.perRecord(Array(pairs.indices)) { [pairs, formsOf, transliterated] p in
            let (a, b) = pairs[p]
            return Self.spellingPairs(formsOf[a], formsOf[b], sameKey: transliterated[a] == transliterated[b], forms: forms, names: names)
        }
        return Array(found.joined())
    }

    /// A blocking key of `corpusSpellingPairs` with its number: equal and hashed by its text alone, so that
    /// one `insert` numbers a new key or finds a known one's number.
    struct NumberedKey: Hashable {
        var text: String
        var number: Int
        static func == (a: Self, b: Self) -> Bool { a.text == b.text }
        func hash(into hasher: inout Hasher) { hasher.combine(text) }
    }

    /// A pair of forms whose surnames are one edit apart, and the first test of `mergeSpellingVariants`
    /// it passes.
    struct SpellingPair: Sendable {
        enum Test: Sendable {
            case sameName, unreadablePinyin, replacedInLongSurname, misprintWithGivenNames
            case linkCandidate(linkable: Bool)
        }
        var kept: Int
        var absorbed: Int
        var test: Test
    }

    /// The form pairs of two surnames (`sameKey`: alike once transliteration variants are folded) that
    /// the tests of `mergeSpellingVariants` let through, in its order. These tests read names, counts and
    /// years only, so they hold whatever has been merged.
    ///
    /// All forms of `xs` share one surname, and all of `ys` another: what reads the two surnames alone (their
    /// edit distance, lengths, misprint and Pinyin tests, all symmetric) is worked out once per surname pair,
    /// and only the given names, counts and years per form pair. Time O(|xs| · |ys|) plus O(L²) per surname pair.
    static func spellingPairs(_ xs: [Int], _ ys: [Int], sameKey: Bool, forms: [FormTable.Form], names: [PersonName]) -> [SpellingPair] {
        guard let firstX = xs.first, let firstY = ys.first else { return [] }
        let surnameX = names[firstX].surname, surnameY = names[firstY].surname
        // Two surnames not alike once folded pair only when one edit apart: otherwise no form pair passes.
        if !sameKey && !PersonName.isOneEditApart(surnameX, surnameY) { return [] }
        let lengthX = surnameX.count, lengthY = surnameY.count
        let shorterLength = min(lengthX, lengthY)
        var misprint: Bool?, unreadablePinyin: Bool?
        let isMisprint = { () -> Bool in
            if let known = misprint { return known }
            let value = PersonName.isMisprint(surnameX, surnameY)
            misprint = value
            return value
        }
        let isUnreadablePinyin = { () -> Bool in
            if let known = unreadablePinyin { return known }
            let value = PersonName.isUnreadablePinyin(surnameX, surnameY)
            unreadablePinyin = value
            return value
        }
        // What the pair tests read of each form, copied once per form rather than once per pair (a form and a
        // name are copied with every list they hold).
        let slimX = xs.map { ComparedForm(forms[$0], names[$0]) }, slimY = ys.map { ComparedForm(forms[$0], names[$0]) }
        var result: [SpellingPair] = []
        for (xIndex, x) in xs.enumerated() {
            for (yIndex, y) in ys.enumerated() {
                // The form printed more often keeps its name in the audit.
                let keptIsX = slimX[xIndex].count >= slimY[yIndex].count
                let (i, j) = keptIsX ? (x, y) : (y, x)
                let (slimI, slimJ) = keptIsX ? (slimX[xIndex], slimY[yIndex]) : (slimY[yIndex], slimX[xIndex])
                guard slimI.timeCompatible(slimJ) else { continue }
                let sameGiven = !slimI.given.isEmpty && slimI.given == slimJ.given
                // Cheap tests first: most surname pairs of a block are neither (the distance is known to be 1).
                guard sameKey || (keptIsX ? lengthX : lengthY) >= 6 || sameGiven else { continue }
                let a = names[i], b = names[j]
                // (Read only where needed: most pairs of a block are surnames one letter replaced, with other given names.)
                let givenAgree = { sameGiven || a.given.isEmpty || b.given.isEmpty || PersonName.givenNames(a, b) == .same }
                if sameKey {
                    if givenAgree() { result.append(SpellingPair(kept: i, absorbed: j, test: .sameName)) }
                    continue
                }
                // The tests below all need the same given names; other pairs are candidates, linked when a misprint.
                guard sameGiven else {
                    result.append(SpellingPair(kept: i, absorbed: j, test: .linkCandidate(linkable: isMisprint() && givenAgree())))
                    continue
                }
                // `Deng Xioaping`, `Liu Shaoq`: in a Chinese name (a one-syllable family name first), a word that no
                // Pinyin reading fits, one edit from one that is Pinyin, cannot be another name: a misprint.
                if a.given.count == 1, a.given == b.given, a.given.allSatisfy({ Romanization.isPinyinSyllables($0) && NameFolding.isSingleSyllable($0) }),
                   isUnreadablePinyin() {
                    result.append(SpellingPair(kept: i, absorbed: j, test: .unreadablePinyin))
                    continue
                }
                // `Stepan Chervenenko`/`Stepan Chervonenko`: one letter replaced in a long surname (ten letters or more)
                // with the same full given names, within ten years.
                if !a.given.isEmpty, a.given == b.given, a.hasFullGivenName, b.hasFullGivenName,
                   shorterLength >= 10, lengthX == lengthY, datedWithinTenYears(forms[i], forms[j]) {
                    result.append(SpellingPair(kept: i, absorbed: j, test: .replacedInLongSurname))
                    continue
                }
                // `Ana Lucía Fernandes`/`Ana Lucía Fernanedes`: two or more full given names printed alike fix the
                // person; a surname of six letters or more with a misprint-sized difference (a letter dropped,
                // added, doubled, or two swapped — not replaced) is the same person's, within ten years.
                if a.given.count >= 2, a.given == b.given, !a.givenIsInitial.contains(true), !b.givenIsInitial.contains(true),
                   shorterLength >= 6, isMisprint(), datedWithinTenYears(forms[i], forms[j]) {
                    result.append(SpellingPair(kept: i, absorbed: j, test: .misprintWithGivenNames))
                    continue
                }
                result.append(SpellingPair(kept: i, absorbed: j, test: .linkCandidate(linkable: isMisprint())))
            }
        }
        return result
    }

    /// What the pairwise rules (`spellingPairs`, `mergeSameSurname`) read of a form before its given names are compared.
    struct ComparedForm {
        var count: Int
        var given: [String]
        var hasFullGivenName: Bool
        var isSingle: Bool
        var minYear: Int?
        var maxYear: Int?

        init(_ form: borrowing FormTable.Form, _ name: PersonName) {
            count = form.count
            given = name.given
            hasFullGivenName = name.hasFullGivenName
            isSingle = name.isSingle
            minYear = form.minYear
            maxYear = form.maxYear
        }

        /// `Clusters.timeCompatible` of the two forms.
        func timeCompatible(_ other: ComparedForm) -> Bool {
            Clusters.timeCompatible(full: (hasFullGivenName, other.hasFullGivenName), single: (isSingle, other.isSingle),
                                    years: ((minYear, maxYear), (other.minYear, other.maxYear)))
        }
    }

    /// The proposals whose forms ended in different correspondents, one per pair.
    mutating func candidates(_ formToCorrespondent: [Int]) -> [MergeCandidate] {
        // A pair of correspondents as one number (no array to allocate and hash per proposal).
        var seen = Set<Int>()
        let correspondentCount = (formToCorrespondent.max() ?? 0) + 1
        var result: [MergeCandidate] = []
        for p in proposals {
            let a = formToCorrespondent[p.form], b = formToCorrespondent[p.other]
            guard a != b, seen.insert(min(a, b) * correspondentCount + max(a, b)).inserted else { continue }
            let form = table.forms[p.form].printed[0].text, otherForm = table.forms[p.other].printed[0].text
            let evidence: String
            switch p.evidence {
            case .stated(let text): evidence = text
            case .oneLetterApart: evidence = Self.oneLetterSimilarity(absorbed: form, kept: otherForm) + "; similarity alone"
            }
            result.append(MergeCandidate(form: form, otherForm: otherForm,
                                         correspondent: a, otherCorrespondent: b, kind: p.kind, evidence: evidence))
        }
        return result
    }

    // MARK: Output

    /// Correspondents in first-seen order, and the correspondent id of every form.
    mutating func correspondents() -> ([Correspondent], [Int]) {
        var rootOrder: [Int] = []
        var seen = Set<Int>()
        for i in table.forms.indices {
            let r = find(i)
            if seen.insert(r).inserted { rootOrder.append(r) }
        }
        let groups = members()
        var formToCorrespondent = [Int](repeating: 0, count: table.forms.count)
        for (id, root) in rootOrder.enumerated() {
            for f in groups[root]! { formToCorrespondent[f] = id }
        }
        // Each correspondent depends on its own forms and the finished clusters only: built in parallel over
        // chunks of correspondents, in first-seen order.
        nonisolated(unsafe) let finished = self
        var result = NameResolver.perIndex(rootOrder.count) { [groups, rootOrder] id in
            finished.correspondent(id: id, root: rootOrder[id], forms: groups[rootOrder[id]]!.sorted())
        }
        // Two correspondents must not share a display name: print the office with the name in parentheses,
        // as FRUS heads print a holder ("Ambassador in Turkey (Morgenthau)"), else add a number.
        var byName: [String: [Int]] = [:]
        for c in result { byName[c.name, default: []].append(c.id) }
        for (name, ids) in byName where ids.count > 1 {
            for (n, id) in ids.enumerated() {
                let forms = groups[rootOrder[id]]!.sorted()
                if let office = forms.compactMap({ table.forms[$0].heldPost?.display }).first ?? forms.compactMap({ table.forms[$0].offices.first }).first {
                    result[id].name = "\(office) (\(name))"
                } else if n > 0 {
                    result[id].name = "\(name) (\(n + 1))"
                }
            }
        }
        return (result, formToCorrespondent)
    }

    /// Correspondent `id`, of the forms `memberForms` of the cluster of `root` (ascending): its display name, kind, surface
    /// forms in first-seen order, and why each form is one of them.
    func correspondent(id: Int, root: Int, forms memberForms: [Int]) -> Correspondent {
        let entry = memberForms.compactMap { entryOf[$0] }.first ?? entryOf[root]
        var name = entry.map { authority.entries[$0].name } ?? displayName(memberForms)
        // A surname that several people hold posts under names none of them alone: print the post with
        // it, as the heads do ("Ambassador in Xlandia (Okonkwo)").
        if entry == nil, !postHolders.isEmpty, !name.containsSpace, (postHolders[NameFolding.fold(name)] ?? 0) >= 2,
           let post = memberForms.compactMap({ posts(of: $0).first }).first {
            name = "\(post.display) (\(name))"
        }
        let kind = entry.map { authority.entries[$0].kind } ?? majorityKind(memberForms)
        var surfaces: [String] = []
        var merges: [MergeDecision] = []
        for f in memberForms {
            let form = table.forms[f]
            for s in form.surfaces where !surfaces.contains(s) { surfaces.append(s) }
            merges += form.decisions
            if let reason = reasons[f] { merges.append(reason) }
        }
        merges = merges.filter { $0.form != name }
        // Every form other than the display name says why it is here; forms that only differ
        // in case, diacritics or punctuation were one form from the start.
        for surface in surfaces where surface != name && !merges.contains(where: {
            $0.form == surface || surface.hasPrefix($0.form + " [") || surface.hasSuffix("[\($0.form)]")
        }) {
            let bare = surface.split(separator: "[").first.map { String($0).trimmingSpaces() } ?? surface
            let key = NameFolding.fold(bare)
            // The form it folds to the same name as: the display name or another form of this correspondent.
            let twin = key == NameFolding.fold(name) ? name
                : surfaces.first { $0 != surface && NameFolding.fold($0.split(separator: "[").first.map(String.init) ?? $0) == key }
            // A holder printed with its post (`Ambassador in Xlandia (Okonkwo)`), or a display name that prints
            // the post because several people hold posts under the surname.
            let holder = surface.hasSuffix(")") && surface.split(separator: "(").last.map { NameFolding.fold(String($0)) } == NameFolding.fold(name)
            let posted = name.hasSuffix("(\(surface))")
            let detail = twin.map { "the same name as \($0) once case, diacritics, spacing and punctuation are folded" }
                ?? (holder ? "\(name) printed as the holder of a post, as the head names the correspondent"
                    : posted ? "\(surface) with the post it holds: several people hold posts under this surname"
                    : "printed as the same correspondent in a record together with a form merged above")
            merges.append(MergeDecision(form: surface, rule: .sameName, detail: detail))
        }
        return Correspondent(id: id, name: name, kind: kind, surfaceForms: surfaces, merges: merges,
                             attributes: entry.map { authority.entries[$0].attributes } ?? [:])
    }

    /// **Convention: an institution is shown as a catalogue prints it.** Its forms merge by a canonical key
    /// (`Ministry of Foreign Affairs of Hungary` and `Hungarian MFA` are `Hungarian Foreign Ministry`), but the
    /// name shown is the printed form most of its mentions use; on a tie, the canonical form where it is one
    /// of them, then the longest, then alphabetical. A reader of any one record finds the name it prints, and a
    /// corpus that prints one form throughout keeps it.
    func institutionName(_ forms: [Int]) -> String {
        var shown: [(text: String, count: Int)] = []
        var canonical: Set<String> = []
        for f in forms {
            for p in table.forms[f].printed { canonical.insert(p.text) }
            for p in table.forms[f].shown {
                if let i = shown.firstIndex(where: { $0.text == p.text }) { shown[i].count += p.count } else { shown.append(p) }
            }
        }
        let best = shown.max { a, b in
            if a.count != b.count { return a.count < b.count }
            let ca = canonical.contains(a.text), cb = canonical.contains(b.text)
            if ca != cb { return cb }
            if a.text.count != b.text.count { return a.text.count < b.text.count }
            return a.text > b.text
        }
        return best?.text ?? table.forms[forms[0]].printed.first?.text ?? ""
    }

    func majorityKind(_ forms: [Int]) -> CorrespondentKind {
        // Forms of one kind (most correspondents, of one form) have it as the majority: no count needed.
        if let first = forms.first, forms.allSatisfy({ table.forms[$0].kind == table.forms[first].kind }) { return table.forms[first].kind }
        var counts: [CorrespondentKind: Int] = [:]
        for f in forms { counts[table.forms[f].kind, default: 0] += table.forms[f].count }
        return counts.max { $0.value < $1.value || ($0.value == $1.value && $0.key.rawValue > $1.key.rawValue) }?.key ?? .person
    }

    /// The fullest name: several words without initials, then the surname alone, then a form with
    /// initials (whose printed order varies: `Stalin I.V.`); Pinyin before Wade–Giles; the most
    /// frequent within a class, then the longest, then alphabetical.
    func displayName(_ forms: [Int]) -> String {
        if forms.allSatisfy({ table.forms[$0].kind == .institution }) { return institutionName(forms) }
        var candidates: [(text: String, count: Int)] = []
        for f in forms {
            for p in table.forms[f].printed {
                if let i = candidates.firstIndex(where: { $0.text == p.text }) { candidates[i].count += p.count }
                else { candidates.append(p) }
            }
        }
        // One printed form (most correspondents) is the name: nothing to rank.
        if candidates.count == 1 { return candidates[0].text }
        func rank(_ text: String) -> Int {
            let name = PersonName(text)
            if name.isSingle { return 1 }
            // A full name outranks its surname ("Premier Kim" never renames "Kim Il Sung").
            return name.givenIsInitial.contains(true) ? 0 : 2
        }
        // A Wade–Giles spelling gives way to the Pinyin one it reads as (`Liu Shao-chi` → `Liu Shaoqi`).
        let wadeGiles = Set(candidates.map(\.text).filter { w in
            candidates.contains { Romanization.matches(wadeGiles: w, pinyin: $0.text) && !Romanization.matches(wadeGiles: $0.text, pinyin: w) }
        })
        // A surname spelt two ways (a misprint merged): the spelling most forms of the person print.
        var surnameSupport: [String: Int] = [:]
        for c in candidates { surnameSupport[PersonName(c.text).surname, default: 0] += c.count }
        let best = candidates.max { a, b in
            let ra = rank(a.text), rb = rank(b.text)
            if ra != rb { return ra < rb }
            let wa = wadeGiles.contains(a.text), wb = wadeGiles.contains(b.text)
            if wa != wb { return wa }
            let sa = surnameSupport[PersonName(a.text).surname] ?? 0, sb = surnameSupport[PersonName(b.text).surname] ?? 0
            if sa != sb { return sa < sb }
            // Two spellings of one name ("Jelen", "Jeleń"): the one with its diacritics.
            if NameFolding.fold(a.text) == NameFolding.fold(b.text) {
                let da = a.text.unicodeScalars.filter { !$0.isASCII }.count, db = b.text.unicodeScalars.filter { !$0.isASCII }.count
                if da != db { return da < db }
            }
            if a.count != b.count { return a.count < b.count }
            if a.text.count != b.text.count { return a.text.count < b.text.count }
            return a.text > b.text
        }
        return best?.text ?? ""
    }
}
