import Dispatch
import Foundation

/// Progress notes on standard error, shown only when it is a terminal and `--quiet` is not given:
/// one line, rewritten in place with `\r`, at most four times a second, cleared by `done()`.
///
/// ```swift
/// let progress = Progress(enabled: !input.quiet)
/// progress.say("reading")                          // " corrgraph: reading…"
/// progress.step("extracting", done: 12_000, of: 53_500, unit: "records")
/// // " corrgraph: extracting 12,000 of 53,500 records — 8,100/s, 5 s left…"
/// progress.done()                                  // clears the line before output is written
/// ```
public final class Progress: @unchecked Sendable {
    let enabled: Bool
    private let lock = NSLock()
    private var lastWrite = 0.0
    private var stageStarts: [String: Double] = [:]
    /// Bumped when a ticking stage ends, so that a timer tick already in flight writes nothing.
    private var tickGeneration = 0
    /// At most this many notes a second (the first and a stage's last always show).
    static let updatesPerSecond = 4.0

    /// Notes shown when `enabled` (not `--quiet`) and standard error is a terminal.
    public convenience init(enabled: Bool) {
        self.init(enabled: enabled, terminal: isatty(STDERR_FILENO) != 0)
    }

    /// `terminal`: whether standard error is one (tests pass true to see the notes).
    init(enabled: Bool, terminal: Bool) {
        self.enabled = enabled && terminal
    }

    /// Replaces the current note with `text…` on the same terminal line (always shown).
    public func say(_ text: String) {
        guard enabled else { return }
        write(text, force: true)
    }

    /// A note on a counted stage: how far, how fast and how long is left, throttled to four a second.
    /// The stage's clock starts at its first call.
    public func step(_ stage: String, done: Int, of total: Int, unit: String) {
        guard enabled else { return }
        let now = Self.clock()
        lock.lock()
        let start = stageStarts[stage] ?? now
        stageStarts[stage] = start
        lock.unlock()
        write(Self.note(stage, done: done, of: total, unit: unit, elapsed: now - start), force: done >= total)
    }

    /// A note on a stage with no count: its name and the seconds it has taken so far.
    public func elapsed(_ stage: String, since start: Double) {
        guard enabled else { return }
        write("\(stage) (\(Self.seconds(Self.clock() - start)))", force: false)
    }

    /// Runs `body` (a stage with no count of its own) with a note of its elapsed time, refreshed four
    /// times a second from a timer.
    public func ticking<Result>(_ stage: String, _ body: () throws -> Result) rethrows -> Result {
        guard enabled else { return try body() }
        let start = Self.clock()
        say(stage)
        lock.lock()
        let generation = tickGeneration
        lock.unlock()
        let timer = DispatchSource.makeTimerSource(queue: .global())
        timer.schedule(deadline: .now() + 1 / Self.updatesPerSecond, repeating: 1 / Self.updatesPerSecond)
        timer.setEventHandler { [self] in
            lock.lock()
            let current = tickGeneration == generation
            lock.unlock()
            if current { elapsed(stage, since: start) }
        }
        timer.resume()
        defer {
            timer.cancel()
            lock.lock()
            tickGeneration += 1
            lock.unlock()
        }
        return try body()
    }

    /// For `CentralityMeasures.compute(progress:)`: sources searched so far, per measure.
    public var sourcesDone: (@Sendable (String, Int, Int) -> Void)? {
        guard enabled else { return nil }
        return { [self] measure, done, total in step(measure, done: done, of: total, unit: "sources") }
    }

    /// Clears the note line.
    public func done() {
        guard enabled else { return }
        FileHandle.standardError.write(Data("\r\u{1B}[2K".utf8))
    }

    /// Seconds on a monotonic clock, for `elapsed(_:since:)`.
    public static func clock() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_MONOTONIC, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
    }

    /// `extracting 12,000 of 53,500 records — 8,100/s, 5 s left` (rate and time left once measurable).
    static func note(_ stage: String, done: Int, of total: Int, unit: String, elapsed: Double) -> String {
        var text = "\(stage) \(grouped(done)) of \(grouped(total)) \(unit)"
        if elapsed >= 0.2, done > 0 {
            let rate = Double(done) / elapsed
            text += " — \(grouped(Int(rate.rounded())))/s"
            if done < total { text += ", \(seconds(Double(total - done) / rate)) left" }
        }
        return text
    }

    /// `0.4 s`, `12 s`, `3 min 05 s`.
    static func seconds(_ value: Double) -> String {
        guard value.isFinite, value >= 0 else { return "?" }
        if value < 10 { return String(format: "%.1f s", value) }
        if value < 60 { return "\(Int(value.rounded())) s" }
        let whole = Int(value.rounded())
        return String(format: "%d min %02d s", whole / 60, whole % 60)
    }

    /// 53500 → `53,500`.
    static func grouped(_ number: Int) -> String {
        let digits = String(number.magnitude)
        var out = ""
        for (index, digit) in digits.enumerated() {
            if index > 0, (digits.count - index) % 3 == 0 { out += "," }
            out.append(digit)
        }
        return number < 0 ? "-" + out : out
    }

    private func write(_ text: String, force: Bool) {
        let now = Self.clock()
        lock.lock()
        defer { lock.unlock() }
        guard force || now - lastWrite >= 1 / Self.updatesPerSecond else { return }
        lastWrite = now
        FileHandle.standardError.write(Data("\r\u{1B}[2K corrgraph: \(text)…".utf8))
    }
}
