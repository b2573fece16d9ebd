import Foundation

/// **Convention: a title of nobility and its particle are an honorific** (session 12; docs/names.md, "Titles of
/// nobility"). `Carta del Conde de Valdeflores a B`, `Lettre du comte de Montravel à B`, `Lettera del Conte di Valmarana a
/// B`, `Brief des Grafen von Eschenbach an B`: a title of nobility of a language (`LanguageTable.Row.nobility`: `Conde`,
/// `Comte`, `Conte`, `Graf` with their feminine and declined forms, dukes, marquises, viscounts; German princes and dukes)
/// followed by a particle of that language (`nobilityParticles`: `de`/`del`, `de`/`d'`/`du`, `di`/`d'`/`della`,
/// `von`/`zu`, with an article after it: `de la`, `von der`) and a capitalised word names the title's name: the title and
/// its particle are dropped, as other honorifics are (gold schema: the surname as printed, cleaned of honorifics), and a
/// Romance article before the title goes with it (`la Duquesa de Almansa` → `Almansa`; a German article stays,
/// for the German heads read it: `an die Gräfin von Hohenau` → `an die Hohenau`). A title in lower case counts only after
/// an article, an `of` or a `to` word (`du comte de`, `à la marquise de`), so that a common noun (`un conte de Noël`) is
/// none. A given name between title and particle (`Graf Heinrich von Eschenbach`) leaves the particle with the name.
/// Per language (`nobilityKeepsParticle`, session 13): in German the title goes and the particle stays, for every title
/// (`Graf von X`, `Freiherrn von X`, `Baronin von der X` → `von X`, `von der X`); in the Romance languages title and
/// particle go together, barons too (`Conde de X`, `baron de X` → `X`) (docs/names.md, "Titles of nobility").
enum NobilityTitles {
    static let rows = LanguageTable.rows.filter { !$0.nobility.isEmpty }
    static let titles: Set<String> = rows.reduce(into: []) { $0.formUnion($1.nobility) }
    static let cues = RuleCues(titles)
    /// Articles that go with the title: the Romance rows'.
    static let droppedArticles: Set<String> = LanguageTable.officeHeads.reduce(into: []) { $0.formUnion($1.articles) }
    /// Words after which a title in lower case is one.
    static let openers: Set<String> = rows.reduce(into: []) { set, row in
        set.formUnion(row.articles); set.formUnion(row.ofWords); set.formUnion(row.toWords)
    }

    /// The title with each `[ARTICLE] TITLE PARTICLE` before a name dropped; the title itself when there is none.
    static func rewritten(_ title: String) -> String {
        guard cues.occurs(in: title) else { return title }
        var words = title.split(separator: " ", omittingEmptySubsequences: false).map(String.init)
        var changed = false
        var i = 0
        while i + 1 < words.count {
            let k = words[i].lowercased()
            guard titles.contains(k), let drop = dropped(words, at: i) else { i += 1; continue }
            var start = i
            if start > 0, droppedArticles.contains(words[start - 1].lowercased()) { start -= 1 }
            words.replaceSubrange(start..<drop.end, with: drop.rest)
            changed = true
            i = start + 1
        }
        return changed ? words.joined(separator: " ") : title
    }

    /// A row's articles, `of` and `to` words, by row name: made once, not per title word.
    static let openersByRow: [String: Set<String>] = Dictionary(uniqueKeysWithValues: rows.map { row in
        (row.name, row.articles.union(row.ofWords).union(row.toWords))
    })
    static func openers(_ row: LanguageTable.Row) -> Set<String> { openersByRow[row.name] ?? [] }

    /// At a title of nobility at `i`: the index after its particle (and the particle's article), and what is left of
    /// the word that follows (`d'Artois` → `Artois`); nil unless a particle of the title's language and a capitalised
    /// word follow, and a lower-case title stands after an article, an `of` or a `to` word.
    static func dropped(_ words: [String], at i: Int) -> (end: Int, rest: [String])? {
        let title = words[i]
        let k = title.lowercased()
        // A title in an English head (`To the Marquis de Valcour`) is the English rules' (`PeerageName`).
        if i > 0, words[i - 1].lowercased() == "the" { return nil }
        if title.first?.isUppercase != true {
            guard i > 0, openers.contains(words[i - 1].lowercased()) else { return nil }
        }
        for row in rows where row.nobility.contains(k) {
            // German: `des Grafen Heinrich von X` → `des Heinrich von X`: the title goes before a given name too, where it opens
            // an end after an article or preposition.
            if row.nobilityKeepsParticle, i > 0, openers(row).contains(words[i - 1].lowercased()), i + 3 < words.count,
               words[i + 1].first?.isUppercase == true, row.nobilityParticles.contains(words[i + 2]),
               words[i + 3].first?.isUppercase == true { return (i + 1, []) }
            if row.nobilityAfterOpener.contains(k) {
                guard i > 0 else { continue }
                guard openers(row).contains(words[i - 1].lowercased()) else { continue }
            }
            var j = i + 1
            let particle = words[j].lowercased()
            // `d'Artois`: the particle elided onto the name.
            for elided in ["d'", "d’"] where particle.hasPrefix(elided) && row.nobilityParticles.contains("d'") {
                let name = String(words[j].dropFirst(elided.count))
                guard name.first?.isUppercase == true else { return nil }
                return (j + 1, [name])
            }
            guard row.nobilityParticles.contains(particle) else { continue }
            j += 1
            // `de la`, `von der`: the particle's article.
            if j < words.count, row.articles.contains(words[j].lowercased()), words[j].first?.isLowercase == true { j += 1 }
            guard j < words.count, words[j].first?.isUppercase == true else { return nil }
            // German: the title goes, the family's particle stays (`Freiherrn von X` → `von X`), where the title opens an end
            // (the head's start, or after an article or preposition of the row: `des Freiherrn von X`, `an die Gräfin von X`);
            // a noble set off after an office (`an den Gesandten in München, Freiherrn von X`) is the German edition heads'.
            if row.nobilityKeepsParticle {
                guard i == 0 || openers(row).contains(words[i - 1].lowercased()) else { return nil }
                return (i + 1, [])
            }
            return (j, [])
        }
        return nil
    }
}
