import Foundation

/// Reads every record from the inputs a command names: files, directories (recursively,
/// supported files only, in sorted path order) and `-` for standard input.
///
/// ```swift
/// let records = try CorpusReader().read(paths: ["listing.txt", "more/"])
/// ```
public struct CorpusReader: Sendable {
    /// Forces one format for every input instead of detecting it.
    public var format: InputFormat?

    /// A reader that detects each input's format, or reads every input as `format`.
    public init(format: InputFormat? = nil) {
        self.format = format
    }

    /// The files a list of inputs expands to, in reading order.
    public func expand(paths: [String]) throws -> [String] {
        var files: [String] = []
        let fm = FileManager.default
        for path in paths {
            if path == "-" { files.append(path); continue }
            var isDirectory: ObjCBool = false
            guard fm.fileExists(atPath: path, isDirectory: &isDirectory) else {
                throw ReadError(source: path, reason: "no such file or directory")
            }
            if !isDirectory.boolValue { files.append(path); continue }
            guard let walker = fm.enumerator(atPath: path) else {
                throw ReadError(source: path, reason: "cannot list directory")
            }
            var found: [String] = []
            for case let relative as String in walker {
                let full = (path as NSString).appendingPathComponent(relative)
                var dir: ObjCBool = false
                guard fm.fileExists(atPath: full, isDirectory: &dir), !dir.boolValue else { continue }
                if relative.split(separator: "/").contains(where: { $0.hasPrefix(".") }) { continue }
                if format != nil || Self.isSupported(full) { found.append(full) }
            }
            if found.isEmpty {
                throw ReadError(source: path, reason: "no supported files in this directory (.txt, .html, .csv, .tsv, .jsonl, .xml)")
            }
            files.append(contentsOf: found.sorted())
        }
        return files
    }

    /// Reads all records of all inputs, in order.
    public func read(paths: [String]) throws -> [CatalogueRecord] {
        var skipped: [SkippedLine] = []
        return try read(paths: paths, skipped: &skipped)
    }

    /// Reads all records of all inputs, in order, and in `skipped` the lines that belong to no record.
    public func read(paths: [String], skipped: inout [SkippedLine]) throws -> [CatalogueRecord] {
        var records: [CatalogueRecord] = []
        for file in try expand(paths: paths) {
            let read = try read(file: file, skipped: &skipped)
            // The first file's records are taken as they are (appending them copied each).
            if records.isEmpty { records = read } else { records.append(contentsOf: read) }
        }
        return records
    }

    /// Reads one file (or `-`, standard input).
    public func read(file: String) throws -> [CatalogueRecord] {
        var skipped: [SkippedLine] = []
        return try read(file: file, skipped: &skipped)
    }

    /// Reads one file (or `-`, standard input), and in `skipped` the lines that belong to no record.
    /// Listings and JSON Lines are read in blocks of lines (`LineBlocks`), so that only their records
    /// are held; the other formats are read whole.
    public func read(file: String, skipped: inout [SkippedLine]) throws -> [CatalogueRecord] {
        let source = file == "-" ? "-" : (file as NSString).lastPathComponent
        let descriptor = file == "-" ? STDIN_FILENO : open(file, O_RDONLY)
        guard descriptor >= 0 else { throw ReadError(source: file, reason: "cannot read file") }
        defer { if descriptor != STDIN_FILENO { close(descriptor) } }
        // The head: at least the first 4,096 bytes, which name the format, and up to the first byte that
        // is not white space (an input of white space only is empty).
        var head: [UInt8] = []
        var holdsText = false
        var atEnd = false
        while !atEnd && !(holdsText && head.count >= 4096) {
            let filled = head.count
            do {
                atEnd = try LineBlocks.append(from: descriptor, upTo: 1 << 16, to: &head, source: source) == 0
            } catch {
                throw ReadError(source: file, reason: "cannot read file")
            }
            if !holdsText { holdsText = head[filled...].contains { !($0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09) } }
        }
        if !holdsText { throw ReadError(source: source, reason: "the input is empty") }
        let detected = format ?? InputFormat.detect(path: file == "-" ? "" : file, prefix: Array(head.prefix(4096)))
        guard let detected else {
            throw ReadError(source: source, reason: "unrecognised input format (use --input-format listing|html|csv|jsonl|cmif)")
        }
        let named = file == "-" ? "-" : file
        var blocks = atEnd ? LineBlocks(bytes: head, source: named) : LineBlocks(head: head, descriptor: descriptor, source: named)
        head = []
        switch detected {
        case .listing: return try ListingTextReader().read(blocks: &blocks, source: source, skipped: &skipped)
        case .jsonl: return try JSONLinesRecordReader().read(blocks: &blocks, source: source)
        default:
            var bytes: [UInt8] = []
            while let block = try blocks.next() { bytes.append(contentsOf: block) }
            return try read(bytes: bytes, source: source, format: detected, skipped: &skipped)
        }
    }

    /// Reads records from bytes in a known format.
    public func read(bytes: [UInt8], source: String, format: InputFormat) throws -> [CatalogueRecord] {
        var skipped: [SkippedLine] = []
        return try read(bytes: bytes, source: source, format: format, skipped: &skipped)
    }

    /// Reads records from bytes in a known format, and in `skipped` the lines that belong to no record
    /// (JSON Lines and CMIF have none: a line or element that is no record there is an error).
    public func read(bytes: [UInt8], source: String, format: InputFormat, skipped: inout [SkippedLine]) throws -> [CatalogueRecord] {
        switch format {
        case .listing: return try ListingTextReader().read(bytes: bytes, source: source, skipped: &skipped)
        case .html: return try HTMLListingReader().read(bytes: bytes, source: source, skipped: &skipped)
        case .csv: return try CSVRecordReader().read(bytes: bytes, source: source, skipped: &skipped)
        case .jsonl: return try JSONLinesRecordReader().read(bytes: bytes, source: source)
        case .cmif: return try CMIFReader().read(bytes: bytes, source: source)
        }
    }

    /// Inside a directory only files with a supported extension are read (XML only when it is TEI).
    private static func isSupported(_ path: String) -> Bool {
        guard let handle = FileHandle(forReadingAtPath: path) else { return false }
        defer { try? handle.close() }
        let head = Array(handle.readData(ofLength: 4096))
        let lower = path.lowercased()
        let known = [".txt", ".text", ".html", ".htm", ".csv", ".tsv", ".jsonl", ".ndjson", ".xml", ".tei"]
        return known.contains(where: { lower.hasSuffix($0) }) && InputFormat.detect(path: path, prefix: head) != nil
    }
}
