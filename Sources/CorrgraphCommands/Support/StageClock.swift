import Foundation

/// `--timings`: each stage's wall time (and the peak memory) on standard error when the command ends,
/// for benchmarks and for finding where a long run goes.
///
/// ```swift
/// StageClock.shared.measure("centrality") { CentralityMeasures.compute(digraph) }
/// // corrgraph: timings: read 0.41 s, extract 0.03 s, resolve 0.52 s, graph 0.05 s, centrality 0.70 s; peak memory 152 MB
/// ```
public final class StageClock: @unchecked Sendable {
    /// The process's one clock.
    public static let shared = StageClock()
    private let lock = NSLock()
    private var stages: [(name: String, seconds: Double)] = []
    private var enabled = false

    /// Turns the report on (`--timings`).
    public func enable() { lock.lock(); enabled = true; lock.unlock() }

    /// Runs `body`, adding its wall time to stage `name` (a stage met twice adds up).
    public func measure<Result>(_ name: String, _ body: () throws -> Result) rethrows -> Result {
        let start = Progress.clock()
        defer {
            let seconds = Progress.clock() - start
            lock.lock()
            if let index = stages.firstIndex(where: { $0.name == name }) {
                stages[index].seconds += seconds
            } else {
                stages.append((name, seconds))
            }
            lock.unlock()
        }
        return try body()
    }

    /// `read 0.41 s, extract 0.03 s, …; peak memory 152 MB`, or nil when `--timings` was not given.
    public func summary() -> String? {
        lock.lock(); defer { lock.unlock() }
        guard enabled else { return nil }
        var usage = rusage()
        #if os(Linux)
        getrusage(RUSAGE_SELF.rawValue, &usage)
        let megabytes = usage.ru_maxrss / 1024  // kilobytes on Linux
        #else
        getrusage(RUSAGE_SELF, &usage)
        let megabytes = usage.ru_maxrss / (1024 * 1024)  // bytes on macOS
        #endif
        let stagesText = stages.map { "\($0.name) \(String(format: "%.3f", $0.seconds)) s" }.joined(separator: ", ")
        return "\(stagesText); peak memory \(megabytes) MB"
    }
}
