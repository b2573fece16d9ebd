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
            records.append(contentsOf: try read(file: file, skipped: &skipped))
        }
        return records
    }

    /// Reads one file (or `-`, standard input).
    public func read(file: String) throws -> [CatalogueRecord] {
        var skipped: [SkippedLine] = []
        return try read(file: file, skipped: &skipped)
    }

    /// Reads one file (or `-`, standard input), and in `skipped` the lines that belong to no record.
    public func read(file: String, skipped: inout [SkippedLine]) throws -> [CatalogueRecord] {
        let bytes: [UInt8]
        let source: String
        if file == "-" {
            bytes = Array(FileHandle.standardInput.readDataToEndOfFile())
            source = "-"
        } else {
            guard let contents = Self.contents(of: file) else {
                throw ReadError(source: file, reason: "cannot read file")
            }
            bytes = contents
            source = (file as NSString).lastPathComponent
        }
        if bytes.allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }) {
            throw ReadError(source: source, reason: "the input is empty")
        }
        let detected = format ?? InputFormat.detect(path: file == "-" ? "" : file, prefix: Array(bytes.prefix(4096)))
        guard let detected else {
            throw ReadError(source: source, reason: "unrecognised input format (use --input-format listing|html|csv|jsonl|cmif)")
        }
        return try read(bytes: bytes, source: source, format: detected, skipped: &skipped)
    }

    /// The bytes of a file, read straight into an array: the file is held once, not as a `Data` copied into
    /// an array. nil when it cannot be opened or read (a directory, a missing file). O(n).
    static func contents(of path: String) -> [UInt8]? {
        let fd = open(path, O_RDONLY)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        var info = stat()
        // A regular file's size is known: one read fills it; a pipe or device is read until its end.
        let expected = fstat(fd, &info) == 0 && (info.st_mode & S_IFMT) == S_IFREG ? Int(info.st_size) : 0
        var bytes: [UInt8] = []
        bytes.reserveCapacity(expected + 1)
        var chunk = expected > 0 ? expected + 1 : 1 << 16
        while true {
            let filled = bytes.count
            bytes.append(contentsOf: repeatElement(0, count: chunk))
            let count = bytes.withUnsafeMutableBufferPointer { buffer in readFile(fd, buffer.baseAddress! + filled, chunk) }
            if count < 0, errno == EINTR {
                bytes.removeLast(chunk)
                continue
            }
            guard count >= 0 else { return nil }
            bytes.removeLast(chunk - count)
            if count == 0 { return bytes }
            // A regular file read whole has one byte of room left, to find its end without growing the array.
            chunk = bytes.count == expected ? 1 : 1 << 16
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

/// read(2), named apart from the readers' `read` methods.
private func readFile(_ fd: Int32, _ buffer: UnsafeMutableRawPointer, _ count: Int) -> Int {
    read(fd, buffer, count)
}
