import Dispatch
import Foundation

/// Ctrl-C (SIGINT), SIGTERM and SIGHUP leave no partial output file: `OutputWriter` registers each
/// temporary file while it is being written, and on one of these signals the registered files are
/// removed before the process ends as an interrupted program does: killed by the signal, or (where
/// libdispatch keeps it blocked, as on Linux) with status 128 + its number, 130 for Ctrl-C.
///
/// The signals are received through `DispatchSource` (the default action is replaced by "ignore", so
/// the handler runs on a dispatch thread, outside the restricted context of a C signal handler).
///
/// ```swift
/// Interruption.install()                        // once, before a command runs
/// Interruption.whileWriting(temporaryPath) {    // removed if the process is interrupted meanwhile
///     try data.write(to: URL(fileURLWithPath: temporaryPath))
/// }
/// ```
public enum Interruption {
    /// The signals after which registered temporary files are removed.
    static let signals: [Int32] = [SIGINT, SIGTERM, SIGHUP]

    /// Starts listening for the signals; later calls do nothing.
    public static func install() {
        registry.installOnce {
            signals.map { number in
                signal(number, SIG_IGN)
                let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
                source.setEventHandler { interrupted(by: number) }
                source.resume()
                return source
            }
        }
    }

    /// Runs `body` with `path` registered for removal on interruption; unregisters it afterwards
    /// (the caller renames or removes the file itself).
    static func whileWriting<Result>(_ path: String, _ body: () throws -> Result) rethrows -> Result {
        registry.add(path)
        defer { registry.remove(path) }
        return try body()
    }

    /// The temporary files being written now (for tests of this type).
    static var pendingPaths: [String] { registry.snapshot() }

    /// Removes every registered file, clears a progress note, then ends the process by the same signal
    /// under its default action, or with status 128 + signal when the signal stays blocked.
    private static func interrupted(by number: Int32) {
        for path in registry.takeAll() { unlink(path) }
        if isatty(STDERR_FILENO) != 0 { FileHandle.standardError.write(Data("\r\u{1B}[2K".utf8)) }
        signal(number, SIG_DFL)
        raise(number)
        _exit(128 + number)  // reached when libdispatch keeps the signal blocked in this thread
    }

    private static let registry = TemporaryFileRegistry()
}

/// The registered paths and the signal sources, behind one lock (the handler runs on another thread).
private final class TemporaryFileRegistry: @unchecked Sendable {
    private let lock = NSLock()
    private var paths: Set<String> = []
    private var sources: [any DispatchSourceSignal]?

    func installOnce(_ make: () -> [any DispatchSourceSignal]) {
        lock.lock(); defer { lock.unlock() }
        if sources == nil { sources = make() }
    }

    func add(_ path: String) { lock.lock(); paths.insert(path); lock.unlock() }
    func remove(_ path: String) { lock.lock(); paths.remove(path); lock.unlock() }
    func snapshot() -> [String] { lock.lock(); defer { lock.unlock() }; return Array(paths) }

    /// Every registered path; later `add`s still register (the process is ending anyway).
    func takeAll() -> [String] {
        lock.lock(); defer { lock.unlock() }
        let all = Array(paths)
        paths.removeAll()
        return all
    }
}
