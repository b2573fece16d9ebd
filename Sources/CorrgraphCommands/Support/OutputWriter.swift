import Foundation

/// Writes command output to a file atomically (a temporary file renamed into place, so a failure
/// never leaves half a file) or to standard output.
///
/// ```swift
/// try OutputWriter.write(table.csv(), to: output)   // `-o file`, or standard output when nil
/// ```
public enum OutputWriter {
    /// Writes `bytes` to `path`, creating its directory; nil or `-` writes to standard output.
    /// Throws `CommandError` when the file cannot be written.
    ///
    /// ```swift
    /// try OutputWriter.write(svgBytes, to: "out/network.svg")   // atomically replaces the file
    /// try OutputWriter.write(svgBytes, to: nil)                 // standard output
    /// ```
    public static func write(_ bytes: [UInt8], to path: String?) throws {
        guard let path, path != "-" else { return writeToStandardOutput(bytes) }
        let url = URL(fileURLWithPath: path)
        let directory = url.deletingLastPathComponent()
        do {
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        } catch {
            throw CommandError("cannot write \(path): \(blockingFile(on: directory).map { "\($0) is a file, not a folder" } ?? "its folder cannot be created")")
        }
        let temporary = directory.appendingPathComponent(".\(url.lastPathComponent).\(getpid()).tmp")
        // Registered while it exists, so that Ctrl-C removes it (`Interruption`).
        try Interruption.whileWriting(temporary.path) {
            do {
                try Data(bytes).write(to: temporary)
            } catch {
                try? FileManager.default.removeItem(at: temporary)
                throw CommandError("cannot write \(path): \(error.localizedDescription)")
            }
            // rename(2) replaces an existing file in one step (FileManager.replaceItemAt loses it on Linux).
            if rename(temporary.path, url.path) != 0 {
                let reason = String(cString: strerror(errno))
                try? FileManager.default.removeItem(at: temporary)
                throw CommandError("cannot write \(path): \(reason)")
            }
        }
    }

    /// Writes the concatenation of `chunks`, like `write(_:to:)`. Standard output takes them one after
    /// the other, never joined (a large output is then not copied once more); a file takes them joined.
    public static func write(chunks: [[UInt8]], to path: String?) throws {
        guard let path, path != "-" else {
            for chunk in chunks { writeToStandardOutput(chunk) }
            return
        }
        var joined: [UInt8] = []
        joined.reserveCapacity(chunks.reduce(0) { $0 + $1.count })
        for chunk in chunks { joined.append(contentsOf: chunk) }
        try write(joined, to: path)
    }

    /// Written from the array's own storage, without copying it into a `Data` first.
    static func writeToStandardOutput(_ bytes: [UInt8]) {
        bytes.withUnsafeBytes { buffer in
            guard let base = buffer.baseAddress, !buffer.isEmpty else { return }
            FileHandle.standardOutput.write(Data(bytesNoCopy: UnsafeMutableRawPointer(mutating: base), count: buffer.count,
                                                 deallocator: .none))
        }
    }

    /// The first existing file (not a folder) on the way to `directory`, which stops it being created.
    static func blockingFile(on directory: URL) -> String? {
        var url = directory.standardizedFileURL
        var candidates: [String] = []
        while url.path != "/" && !url.path.isEmpty {
            candidates.append(url.path)
            url = url.deletingLastPathComponent()
        }
        for path in candidates.reversed() {
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), !isDirectory.boolValue { return path }
        }
        return nil
    }

    /// Writes `text` as UTF-8, like `write(_:to:)` for bytes.
    public static func write(_ text: String, to path: String?) throws {
        try write(Array(text.utf8), to: path)
    }
}

/// A failure a command reports on standard error with exit status 1.
///
/// ```swift
/// throw CommandError("cannot write out.svg: Permission denied")
/// // corrgraph: error: cannot write out.svg: Permission denied   (exit status 1)
/// ```
public struct CommandError: Error, CustomStringConvertible {
    /// The message printed after `corrgraph: error:`.
    public var description: String
    /// An error reported as `description`.
    public init(_ description: String) { self.description = description }
}
