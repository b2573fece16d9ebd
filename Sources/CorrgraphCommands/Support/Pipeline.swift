import CorrgraphExtract
import CorrgraphGraph
import CorrgraphRead
import CorrgraphResolve
import Foundation

/// The stages every command shares: read → extract → resolve → graph, with the date filter of
/// `--from/--to` applied to records before resolution.
public struct LoadedCorpus: Sendable {
    public var records: [CatalogueRecord]
    public var resolved: ResolvedCorpus
    public var graph: CorrespondenceGraph
    /// Where the records came from, for titles and reports.
    public var sourceDescription: String
    /// What the authority file excluded, and its lines that matched nothing.
    public var authorityCheck = AuthorityCheck(actsChanged: 0, excluded: [], warnings: [])
    /// Input lines read that belong to no record (page chrome, empty rows), for `extract`'s accounting.
    public var skipped: [SkippedLine] = []
}

public enum Pipeline {
    /// The bundled sample corpus: the Wilson Center listing page the product was conceived from.
    public static var samplePath: String {
        Bundle.module.path(forResource: "listing-sino-soviet-81-90", ofType: "txt", inDirectory: "Sample")
            ?? Bundle.module.path(forResource: "listing-sino-soviet-81-90", ofType: "txt") ?? "listing-sino-soviet-81-90.txt"
    }

    /// `writesEveryRecord`: the caller writes one line per record read (`extract`), so duplicates stay in,
    /// without acts; otherwise they are left out.
    public static func load(_ options: InputOptions, writesEveryRecord: Bool = false) throws -> LoadedCorpus {
        let paths = options.inputs.isEmpty ? [samplePath] : options.inputs
        let progress = Progress(enabled: !options.quiet)
        progress.say("reading \(paths.count == 1 ? paths[0] : "\(paths.count) inputs")")
        var skipped: [SkippedLine] = []
        var records = try CorpusReader(format: options.inputFormat).read(paths: paths, skipped: &skipped)
        progress.say("extracting \(records.count) records")
        // The same page saved twice counts once (issue 12); --keep-duplicates counts every copy. `extract`
        // writes every record read (its contract), a duplicate with no acts and a note naming the original.
        let duplicates = options.keepDuplicates ? [:] : DuplicateRecords.originals(in: records)
        if !writesEveryRecord, !duplicates.isEmpty {
            records = records.indices.filter { duplicates[$0] == nil }.map { records[$0] }
        }
        if !duplicates.isEmpty, !options.quiet {
            FileHandle.standardError.write(Data("""
                corrgraph: \(duplicates.count) duplicate record\(duplicates.count == 1 ? "" : "s") ignored \
                (same date, title and summary in another file; --keep-duplicates counts them)

                """.utf8))
        }
        let readCount = records.count
        var extracted = CorpusExtractor(papersOf: options.papersOf.flatMap(EditionOwner.init)).extract(records)
        if writesEveryRecord {
            for (index, original) in duplicates {
                extracted[index].messages = []
                extracted[index].conversations = []
                extracted[index].problems.append("a duplicate of \(original) (same date, title and summary in another file): its acts are counted there")
            }
        }
        // --from/--to keep records whose interval overlaps the range; the interval is the one
        // extraction read (from the date line, or a CMIF record's structured dates).
        if let range = options.dateRange {
            extracted = extracted.filter { record in
                guard let when = record.when else { return options.includeUndated }
                return when.overlaps(range)
            }
            records = extracted.map(\.record)
            // An empty selection is worth a word: an empty diagram or table with no reason is a puzzle.
            if extracted.isEmpty, readCount > 0 {
                let message = "no record falls in the date range \(options.from ?? "…")–\(options.to ?? "…") (\(readCount) records read)"
                if options.strict { throw CommandError(message) }
                FileHandle.standardError.write(Data("corrgraph: warning: \(message)\n".utf8))
            }
        }
        var authority = AuthorityFile()
        if let path = options.authority {
            authority = try AuthorityFile.load(path: path)
        }
        // Authority identifiers the sources give (CMIF `ref`) travel to the exports as `authority`.
        var resolved = NameResolver(authority: authority).resolve(extracted).withAuthorities()
        // The authority file's exclusions, and a word on every line of it that matched nothing.
        var check = AuthorityCheck(actsChanged: 0, excluded: [], warnings: [])
        if options.authority != nil {
            (resolved, check) = resolved.applying(authority)
            for warning in check.warnings { FileHandle.standardError.write(Data("corrgraph: warning: \(warning)\n".utf8)) }
        }
        progress.done()
        // The sources' common name (an edition's title, the stem of the file names), not the folder's.
        let description = options.inputs.isEmpty ? CorpusTitle.title(inputs: [samplePath]) + " (sample)"
            : CorpusTitle.title(inputs: options.inputs)
        return LoadedCorpus(records: records, resolved: resolved, graph: CorrespondenceGraph(corpus: resolved),
                            sourceDescription: description, authorityCheck: check, skipped: skipped)
    }
}
