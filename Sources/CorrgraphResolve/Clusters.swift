import CorrgraphExtract

/// Distinct identity forms of a run: one per folded name and kind, with how each was printed.
struct FormTable {
    struct Form {
        var key: String
        var kind: CorrespondentKind
        /// Printed identity texts with their counts, in first-seen order.
        var printed: [(text: String, count: Int)] = []
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
    }

    var forms: [Form] = []
    var index: [String: Int] = [:]
    /// Folded key → every form with it (several kinds or offices may share a key).
    var byKey: [String: [Int]] = [:]

    static func group(_ kind: CorrespondentKind) -> String { kind == .person ? "p" : "o" }

    mutating func add(_ o: NameResolver.Occurrence) -> Int {
        let key = NameFolding.fold(o.identity)
        let head = o.kind == .person ? NameResolver.officeHead(o.office) : nil
        // A one-word name with an office ("Prime Minister Nehru") is kept apart from the same word
        // with another office ("Ambassador Nehru") until the rules below decide.
        let single = !key.contains(" ")
        let lookup = o.reference.map { "ref:" + $0 } ?? (Self.group(o.kind) + ":" + key + (single && head != nil ? "#" + head! : ""))
        let id: Int
        if let existing = index[lookup] {
            id = existing
        } else {
            id = forms.count
            index[lookup] = id
            byKey[key, default: []].append(id)
            var form = Form(key: key, kind: o.kind)
            form.reference = o.reference
            forms.append(form)
        }
        var f = forms[id]
        f.count += 1
        if let head { f.officeHeads.insert(head) }
        if let office = o.office, o.kind == .person, !f.offices.contains(office) { f.offices.append(office) }
        if let i = f.printed.firstIndex(where: { $0.text == o.identity }) { f.printed[i].count += 1 }
        else { f.printed.append((o.identity, 1)) }
        if !f.surfaces.contains(o.printed) { f.surfaces.append(o.printed) }
        if let cover = o.coverResolved, !f.decisions.contains(where: { $0.form == cover.cover }) {
            f.decisions.append(MergeDecision(form: cover.cover, rule: cover.rule, detail: cover.detail))
        }
        if let y = o.year {
            f.minYear = min(f.minYear ?? y, y)
            f.maxYear = max(f.maxYear ?? y, y)
        }
        forms[id] = f
        return id
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

    init(forms: FormTable, authority: AuthorityFile) {
        table = forms
        self.authority = authority
        parent = Array(forms.forms.indices)
        names = forms.forms.map { PersonName($0.key) }
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
    var guessablePersons: [Int] { table.forms.indices.filter { table.forms[$0].kind == .person && isGuessable($0) } }

    /// The forms with a folded key, whatever their kind or office.
    func formIndices(_ key: String) -> [Int] { table.byKey[key] ?? [] }

    /// Whether a form may be merged by the fuzzy rules: descriptions in running text ("einen
    /// Adligen", "eine Gruppe von Amtsbrüdern") and forms with an authority identifier are not names
    /// to guess about.
    func isGuessable(_ i: Int) -> Bool {
        let form = table.forms[i]
        guard form.reference == nil, let first = form.printed.first?.text.first else { return false }
        return first.isUppercase || first == "["
    }

    /// Whether two forms' dates are within ten years of each other (undated forms always are). Only
    /// forms without a full given name need this: `Kuznetsov` in 1949 is not `V.V. Kuznetsov` in 1962.
    func timeCompatible(_ i: Int, _ j: Int) -> Bool {
        let na = names[i], nb = names[j]
        if na.hasFullGivenName && nb.hasFullGivenName { return true }
        if na.hasFullGivenName != nb.hasFullGivenName, !(na.isSingle || nb.isSingle) { return true }
        if (na.isSingle && nb.hasFullGivenName) || (nb.isSingle && na.hasFullGivenName) { return true }
        let a = table.forms[i], b = table.forms[j]
        guard let a0 = a.minYear, let a1 = a.maxYear, let b0 = b.minYear, let b1 = b.maxYear else { return true }
        return a0 <= b1 + 10 && b0 <= a1 + 10
    }

    /// A full name that begins another merges into it when that is the only such name:
    /// `Fidel Castro` and `Fidel Castro Ruz` — but not a name of short syllables (`Kim Il`, `Kim Il Sung`).
    mutating func mergeNamePrefixes() {
        mergeNamesContained(at: .start) { $0.tokens.count >= 2 && $0.hasFullGivenName }
    }

    /// A full name that ends the only longer name with its surname merges into it: `Che Guevara` and
    /// `Ernesto Che Guevara` (a name used without the first of its given names).
    mutating func mergeNameSuffixes() {
        mergeNamesContained(at: .end) { $0.tokens.count >= 2 && $0.given.allSatisfy { $0.count > 2 } }
    }

    enum NameEnd { case start, end }

    /// Merges each name that `qualifies` into the only longer name that begins (or ends) with all its
    /// words. East Asian names are strings of single syllables, and a shorter one is another person:
    /// "Kim Il" is not "Kim Il Sung" (but "Blas Roca" is "Blas Roca Calderío").
    private mutating func mergeNamesContained(at end: NameEnd, where qualifies: (PersonName) -> Bool) {
        let persons = guessablePersons
        // Index longer names by their first two words (or surname), so each name meets only its candidates.
        func key(_ n: PersonName) -> String { end == .start ? n.tokens.prefix(2).joined(separator: " ") : n.surname }
        var index: [String: [Int]] = [:]
        for j in persons where names[j].tokens.count > 2 { index[key(names[j]), default: []].append(j) }
        for i in persons {
            let a = names[i]
            guard qualifies(a) else { continue }
            let longer = (index[key(a)] ?? []).filter { j in
                let b = names[j].tokens
                let part = end == .start ? Array(b.prefix(a.tokens.count)) : Array(b.suffix(a.tokens.count))
                return b.count > a.tokens.count && part == a.tokens && !b.allSatisfy(NameFolding.isSingleSyllable)
            }
            let roots = Set(longer.map { find($0) })
            guard roots.count == 1, let target = longer.first, find(target) != find(i) else { continue }
            let verb = end == .start ? "begins" : "ends"
            union(target, i, reason: MergeDecision(form: table.forms[i].printed[0].text, rule: .sameName,
                detail: "\(table.forms[i].printed[0].text) \(verb) the only longer name \(table.forms[target].printed[0].text)"))
        }
    }

    /// Forms with the same surname and compatible given names merge when exactly one fuller form fits.
    mutating func mergeSameSurname() {
        let persons = guessablePersons
        var bySurname: [String: [Int]] = [:]
        for i in persons {
            let name = names[i]
            guard !name.isSingle else { continue }
            bySurname[name.surname, default: []].append(i)
        }
        for (_, group) in bySurname.sorted(by: { $0.key < $1.key }) where group.count > 1 {
            // Fuller forms first: more given-name letters.
            let ordered = group.sorted { info($0) > info($1) || (info($0) == info($1) && $0 < $1) }
            var representatives: [Int] = []
            for i in ordered {
                let name = names[i]
                let fits = representatives.filter { r in
                    PersonName.compatible(names[r].given, name.given)
                        && timeCompatible(r, i)
                }
                if fits.count == 1 {
                    let target = fits[0]
                    let rule: MergeDecision.Rule = name.hasOnlyInitials || names[target].hasOnlyInitials ? .initials : .sameName
                    union(target, i, reason: MergeDecision(form: table.forms[i].printed[0].text, rule: rule,
                        detail: "same surname, compatible given names: \(table.forms[i].printed[0].text) ~ \(table.forms[target].printed[0].text)"))
                } else {
                    representatives.append(i)
                }
            }
        }
    }

    func info(_ form: Int) -> Int { names[form].given.reduce(0) { $0 + $1.count } }

    /// One-word forms merge with the one person whose first or last name they are, unless their
    /// offices disagree ("Prime Minister Nehru" is not "Ambassador R.K. Nehru") or the one word is
    /// used for several people with different offices.
    mutating func mergeShortForms() {
        let persons = guessablePersons
        var byWord: [String: Set<Int>] = [:]
        var singlesByWord: [String: [Int]] = [:]
        for i in persons {
            let name = names[i]
            if name.isSingle {
                singlesByWord[name.surname, default: []].append(i)
                continue
            }
            byWord[name.surname, default: []].insert(i)
            if let first = name.tokens.first, first.count > 2 { byWord[first, default: []].insert(i) }
        }
        for i in persons {
            let name = names[i]
            guard name.isSingle else { continue }
            let heads = table.forms[i].officeHeads
            var fitting = (byWord[name.surname] ?? []).filter { timeCompatible($0, i) }
            if !heads.isEmpty {
                // An office must be seen with the full name too: "President Jiang" is not "Jiang Qing".
                // It only rules people out: among several people of that name, "Vice-Minister Zhang" stays
                // ambiguous even if one Zhang is printed with that office.
                let people = Set(fitting.map { find($0) })
                fitting = fitting.filter { !table.forms[$0].officeHeads.isDisjoint(with: heads) }
                if people.count > 1 { fitting = [] }
            } else {
                // A bare word used elsewhere with different offices names more than one person.
                let siblingHeads = (singlesByWord[name.surname] ?? []).reduce(into: Set<String>()) { $0.formUnion(table.forms[$1].officeHeads) }
                if siblingHeads.count >= 2 { continue }
            }
            var roots = Set<Int>()
            for c in fitting { roots.insert(find(c)) }
            guard roots.count == 1, let target = fitting.min() else { continue }
            union(target, i, reason: MergeDecision(form: table.forms[i].printed[0].text, rule: .shortForm,
                detail: "\(table.forms[i].printed[0].text) is part of exactly one full name in the corpus: \(table.forms[target].printed[0].text)"))
        }
        // The same one word with and without an office is one person when nothing says otherwise.
        for (_, singles) in singlesByWord where singles.count > 1 {
            let heads = singles.reduce(into: Set<String>()) { $0.formUnion(table.forms[$1].officeHeads) }
            guard heads.count <= 1 else { continue }
            for other in singles.dropFirst() {
                union(singles[0], other, reason: MergeDecision(form: table.forms[other].printed[0].text, rule: .sameName,
                    detail: "the same name with and without an office"))
            }
        }
    }

    /// Wade–Giles spellings merge with the Pinyin name they read as (`Mao Tse-tung` → `Mao Zedong`).
    mutating func mergeRomanizations() {
        let persons = guessablePersons.filter { table.forms[$0].key.contains(" ") }
        for i in persons {
            guard let printed = table.forms[i].printed.first?.text, Romanization.looksLikeWadeGiles(printed) else { continue }
            let wordCount = printed.split(separator: " ").count
            let targets = persons.filter { j in
                j != i && find(j) != find(i)
                    && (table.forms[j].printed.first?.text.split(separator: " ").count ?? 0) == wordCount
                    && Romanization.matches(wadeGiles: printed, pinyin: table.forms[j].printed.first!.text)
            }
            var roots = Set<Int>()
            for t in targets { roots.insert(find(t)) }
            // "Chou En-lai" reads as "Zhou Enlai" and as the hybrid "Chou Enlai", which itself reads as
            // "Zhou Enlai": the targets are one person when each reads as another.
            let texts = targets.map { table.forms[$0].printed.first!.text }
            let oneName = roots.count > 1 && texts.allSatisfy { a in
                texts.contains { b in a != b && (Romanization.matches(wadeGiles: a, pinyin: b) || Romanization.matches(wadeGiles: b, pinyin: a)) }
            }
            guard roots.count == 1 || oneName, let target = targets.first(where: { !Romanization.looksLikeWadeGiles(table.forms[$0].printed.first!.text) }) ?? targets.first
            else { continue }
            for other in targets where find(other) != find(target) {
                union(target, other, reason: MergeDecision(form: table.forms[other].printed[0].text, rule: .romanization,
                    detail: "\(table.forms[other].printed[0].text) and \(table.forms[target].printed[0].text) are one name in two romanizations"))
            }
            union(target, i, reason: MergeDecision(form: printed, rule: .romanization,
                detail: "Wade–Giles \(printed) reads as Pinyin \(table.forms[target].printed[0].text)"))
        }
    }

    /// Long surnames one edit apart merge when given names and dates agree (`Roschin`/`Roshchin`).
    /// Surnames are bucketed by first letter and compared only with lengths one apart.
    mutating func mergeSpellingVariants() {
        let sorted = guessablePersons.sorted {
            table.forms[$0].count > table.forms[$1].count || (table.forms[$0].count == table.forms[$1].count && $0 < $1)
        }
        var buckets: [String: [(position: Int, form: Int)]] = [:]
        for (position, i) in sorted.enumerated() {
            let surname = names[i].surname
            guard surname.count >= 6, let first = surname.first else { continue }
            buckets["\(first)\(surname.count)", default: []].append((position, i))
        }
        for (position, i) in sorted.enumerated() {
            let a = names[i]
            guard a.surname.count >= 6, let first = a.surname.first else { continue }
            for length in (a.surname.count - 2)...(a.surname.count + 2) {
                for (otherPosition, j) in buckets["\(first)\(length)"] ?? [] where otherPosition > position {
                    guard find(i) != find(j) else { continue }
                    let b = names[j]
                    guard a.surname != b.surname,
                          a.given.isEmpty || b.given.isEmpty || PersonName.compatible(a.given, b.given),
                          Similarity.osaDistance(a.surname, b.surname) == 1
                            || PersonName.transliterationKey(a.surname) == PersonName.transliterationKey(b.surname),
                          timeCompatible(i, j) else { continue }
                    union(i, j, reason: MergeDecision(form: table.forms[j].printed[0].text, rule: .spellingVariant,
                        detail: "one letter from \(table.forms[i].printed[0].text)"))
                }
            }
        }
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
        var result: [Correspondent] = []
        var formToCorrespondent = [Int](repeating: 0, count: table.forms.count)
        for root in rootOrder {
            let memberForms = groups[root]!.sorted()
            let id = result.count
            for f in memberForms { formToCorrespondent[f] = id }
            let entry = memberForms.compactMap { entryOf[$0] }.first ?? entryOf[root]
            let name = entry.map { authority.entries[$0].name } ?? displayName(memberForms)
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
                let detail = twin.map { "the same name as \($0) once case, diacritics, spacing and punctuation are folded" }
                    ?? "printed as the same correspondent in a record together with a form merged above"
                merges.append(MergeDecision(form: surface, rule: .sameName, detail: detail))
            }
            result.append(Correspondent(id: id, name: name, kind: kind, surfaceForms: surfaces, merges: merges,
                                        attributes: entry.map { authority.entries[$0].attributes } ?? [:]))
        }
        // Two correspondents must not share a display name: print the office with the name in parentheses,
        // as FRUS heads print a holder ("Ambassador in Turkey (Morgenthau)"), else add a number.
        var byName: [String: [Int]] = [:]
        for c in result { byName[c.name, default: []].append(c.id) }
        for (name, ids) in byName where ids.count > 1 {
            for (n, id) in ids.enumerated() {
                let forms = groups[rootOrder[id]]!.sorted()
                if let office = forms.compactMap({ table.forms[$0].offices.first }).first {
                    result[id].name = "\(office) (\(name))"
                } else if n > 0 {
                    result[id].name = "\(name) (\(n + 1))"
                }
            }
        }
        return (result, formToCorrespondent)
    }

    func majorityKind(_ forms: [Int]) -> CorrespondentKind {
        var counts: [CorrespondentKind: Int] = [:]
        for f in forms { counts[table.forms[f].kind, default: 0] += table.forms[f].count }
        return counts.max { $0.value < $1.value || ($0.value == $1.value && $0.key.rawValue > $1.key.rawValue) }?.key ?? .person
    }

    /// The fullest name: several words without initials, then the surname alone, then a form with
    /// initials (whose printed order varies: `Stalin I.V.`); Pinyin before Wade–Giles; the most
    /// frequent within a class, then the longest, then alphabetical.
    func displayName(_ forms: [Int]) -> String {
        var candidates: [(text: String, count: Int)] = []
        for f in forms {
            for p in table.forms[f].printed {
                if let i = candidates.firstIndex(where: { $0.text == p.text }) { candidates[i].count += p.count }
                else { candidates.append(p) }
            }
        }
        func rank(_ text: String) -> Int {
            let name = PersonName(text)
            if name.isSingle { return 1 }
            return name.given.allSatisfy({ $0.count > 2 }) ? 2 : 0
        }
        // A Wade–Giles spelling gives way to the Pinyin one it reads as (`Liu Shao-chi` → `Liu Shaoqi`).
        let wadeGiles = Set(candidates.map(\.text).filter { w in
            candidates.contains { Romanization.matches(wadeGiles: w, pinyin: $0.text) && !Romanization.matches(wadeGiles: $0.text, pinyin: w) }
        })
        let best = candidates.max { a, b in
            let ra = rank(a.text), rb = rank(b.text)
            if ra != rb { return ra < rb }
            let wa = wadeGiles.contains(a.text), wb = wadeGiles.contains(b.text)
            if wa != wb { return wa }
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
