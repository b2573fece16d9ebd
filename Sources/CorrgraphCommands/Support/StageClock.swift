import Foundation

/// `--timings`: each stage's wall time (and the peak memory) on standard error when the command ends,
/// for benchmarks and for finding where a long run goes.
///
/// ```swift
/// StageClock.shared.measure("centrality") { CentralityMeasures.compute(digraph) }
/// // corrgraph: timings: read 0.410 s (CPU 0.402 s), …, centrality 0.700 s (CPU 1.350 s); peak memory 152 MB
/// ```
public final class StageClock: @unchecked Sendable {
    /// The process's one clock.
    public static let shared = StageClock()
    private let lock = NSLock()
    private var stages: [(name: String, seconds: Double, cpu: Double)] = []
    private var enabled = false

    /// Turns the report on (`--timings`).
    public func enable() { lock.lock(); enabled = true; lock.unlock() }

    /// Runs `body`, adding its wall time to stage `name` (a stage met twice adds up).
    public func measure<Result>(_ name: String, _ body: () throws -> Result) rethrows -> Result {
        let start = Progress.clock(), startCPU = Self.processCPU()
        defer {
            let seconds = Progress.clock() - start, cpu = Self.processCPU() - startCPU
            lock.lock()
            if let index = stages.firstIndex(where: { $0.name == name }) {
                stages[index].seconds += seconds
                stages[index].cpu += cpu
            } else {
                stages.append((name, seconds, cpu))
            }
            lock.unlock()
        }
        return try body()
    }

    /// User + system CPU seconds of the whole process so far (every thread): on a shared machine the
    /// figure that does not depend on the load.
    static func processCPU() -> Double {
        var usage = rusage()
        #if os(Linux)
        getrusage(RUSAGE_SELF.rawValue, &usage)
        #else
        getrusage(RUSAGE_SELF, &usage)
        #endif
        return Double(usage.ru_utime.tv_sec) + Double(usage.ru_utime.tv_usec) / 1e6
            + Double(usage.ru_stime.tv_sec) + Double(usage.ru_stime.tv_usec) / 1e6
    }

    /// `read 0.41 s (CPU 0.40 s), extract 0.03 s (CPU 0.05 s), …; peak memory 152 MB`, or nil when `--timings` was not given.
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
        let stagesText = stages.map { "\($0.name) " + String(format: "%.3f s (CPU %.3f s)", $0.seconds, $0.cpu) }
            .joined(separator: ", ")
        return "\(stagesText); peak memory \(megabytes) MB"
    }
}
