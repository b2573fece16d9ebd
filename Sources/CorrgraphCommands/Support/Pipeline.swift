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
    /// The network of every act; empty when the caller asked for none (`Pipeline.load(buildsGraph:)`).
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
    /// without acts; otherwise they are left out. `buildsGraph`: false for a caller that writes records
    /// only (`extract`): the corpus's graph is then left empty, not built.
    public static func load(_ options: InputOptions, writesEveryRecord: Bool = false, buildsGraph: Bool = true) throws -> LoadedCorpus {
        let paths = options.inputs.isEmpty ? [samplePath] : options.inputs
        let progress = Progress(enabled: !options.quiet)
        let clock = StageClock.shared
        if options.timings { clock.enable() }
        var skipped: [SkippedLine] = []
        var records = try clock.measure("read") { try read(paths, options, progress, skipped: &skipped) }
        // The same page saved twice counts once (issue 12); --keep-duplicates counts every copy. `extract`
        // writes every record read (its contract), a duplicate with no acts and a note naming the original.
        let duplicates = options.keepDuplicates ? [:] : DuplicateRecords.originals(in: records)
        if !writesEveryRecord, !duplicates.isEmpty {
            records = records.indices.filter { duplicates[$0] == nil }.map { records[$0] }
        }
        if !duplicates.isEmpty, !options.quiet {
            progress.done()
            FileHandle.standardError.write(Data("""
                corrgraph: \(duplicates.count) duplicate record\(duplicates.count == 1 ? "" : "s") ignored \
                (same date, title and summary in another file; --keep-duplicates counts them)

                """.utf8))
        }
        let readCount = records.count
        var extracted = clock.measure("extract") {
            extract(records, CorpusExtractor(papersOf: options.papersOf.flatMap(EditionOwner.init)), progress)
        }
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
        // The extracted records move into the resolved ones: the array is handed over as its only reference.
        var handedOver: [ExtractedRecord] = []
        swap(&handedOver, &extracted)
        var resolved = clock.measure("resolve") { progress.ticking("resolving the names of \(Progress.grouped(handedOver.count)) records") {
            var taken: [ExtractedRecord] = []
            swap(&taken, &handedOver)
            return NameResolver(authority: authority).resolve(consume taken).withAuthorities()
        } }
        // The authority file's exclusions, and a word on every line of it that matched nothing.
        var check = AuthorityCheck(actsChanged: 0, excluded: [], warnings: [])
        if options.authority != nil {
            (resolved, check) = resolved.applying(authority)
            for warning in check.warnings { FileHandle.standardError.write(Data("corrgraph: warning: \(warning)\n".utf8)) }
        }
        var graph = CorrespondenceGraph(correspondents: [], messages: [], conversations: [])
        if buildsGraph {
            progress.say("building the graph")
            graph = clock.measure("graph") { CorrespondenceGraph(corpus: resolved) }
        }
        progress.done()
        // The sources' common name (an edition's title, the stem of the file names), not the folder's.
        let description = options.inputs.isEmpty ? CorpusTitle.title(inputs: [samplePath]) + " (sample)"
            : CorpusTitle.title(inputs: options.inputs)
        return LoadedCorpus(records: records, resolved: resolved, graph: graph,
                            sourceDescription: description, authorityCheck: check, skipped: skipped)
    }

    /// Reads every input file in order, with a note per file (and its elapsed time on a large one).
    static func read(_ paths: [String], _ options: InputOptions, _ progress: Progress,
                     skipped: inout [SkippedLine]) throws -> [CatalogueRecord] {
        let reader = CorpusReader(format: options.inputFormat)
        guard progress.enabled else { return try reader.read(paths: paths, skipped: &skipped) }
        let files = try reader.expand(paths: paths)
        var records: [CatalogueRecord] = []
        for (index, file) in files.enumerated() {
            let count = files.count == 1 ? "" : " (file \(Progress.grouped(index + 1)) of \(Progress.grouped(files.count)), \(Progress.grouped(records.count)) records so far)"
            var fileSkipped: [SkippedLine] = []
            let read = try progress.ticking("reading \((file as NSString).lastPathComponent)\(count)") {
                try reader.read(file: file, skipped: &fileSkipped)
            }
            // The first file's records are taken as they are (appending them copied each).
            if records.isEmpty { records = read } else { records += read }
            skipped += fileSkipped
        }
        return records
    }

    /// Extracts every record; on a terminal in batches, so that the note can say how far it is and how
    /// long is left (each record is extracted on its own, so the result is the same either way).
    static func extract(_ records: [CatalogueRecord], _ extractor: CorpusExtractor, _ progress: Progress) -> [ExtractedRecord] {
        let batch = 4_096
        guard progress.enabled, records.count > batch else { return extractor.extract(records) }
        var extracted: [ExtractedRecord] = []
        extracted.reserveCapacity(records.count)
        var start = 0
        while start < records.count {
            progress.step("extracting", done: start, of: records.count, unit: "records")
            let end = min(start + batch, records.count)
            extracted += extractor.extract(Array(records[start..<end]))
            start = end
        }
        progress.step("extracting", done: records.count, of: records.count, unit: "records")
        return extracted
    }
}
