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
}

public enum Pipeline {
    /// The bundled sample corpus: the Wilson Center listing page the product was conceived from.
    public static var samplePath: String {
        Bundle.module.path(forResource: "listing-sino-soviet-81-90", ofType: "txt", inDirectory: "Sample")
            ?? Bundle.module.path(forResource: "listing-sino-soviet-81-90", ofType: "txt") ?? "listing-sino-soviet-81-90.txt"
    }

    public static func load(_ options: InputOptions) throws -> LoadedCorpus {
        let paths = options.inputs.isEmpty ? [samplePath] : options.inputs
        let progress = Progress(enabled: !options.quiet)
        progress.say("reading \(paths.count == 1 ? paths[0] : "\(paths.count) inputs")")
        var records = try CorpusReader(format: options.inputFormat).read(paths: paths)
        progress.say("extracting \(records.count) records")
        var extracted = CorpusExtractor(papersOf: options.papersOf.flatMap(EditionOwner.init)).extract(records)
        // --from/--to keep records whose interval overlaps the range; the interval is the one
        // extraction read (from the date line, or a CMIF record's structured dates).
        if let range = options.dateRange {
            extracted = extracted.filter { record in
                guard let when = record.when else { return options.includeUndated }
                return when.overlaps(range)
            }
            records = extracted.map(\.record)
        }
        var authority = AuthorityFile()
        if let path = options.authority {
            authority = try AuthorityFile.load(path: path)
        }
        // Authority identifiers the sources give (CMIF `ref`) travel to the exports as `authority`.
        let resolved = NameResolver(authority: authority).resolve(extracted).withAuthorities()
        progress.done()
        let description = options.inputs.isEmpty ? "listing-sino-soviet-81-90.txt (sample)"
            : options.inputs.map { ($0 as NSString).lastPathComponent }.joined(separator: ", ")
        return LoadedCorpus(records: records, resolved: resolved, graph: CorrespondenceGraph(corpus: resolved),
                            sourceDescription: description)
    }
}
