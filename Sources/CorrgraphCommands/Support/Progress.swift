import Foundation

/// Progress notes on standard error, shown only when it is a terminal and `--quiet` is not given.
///
/// ```swift
/// let progress = Progress(enabled: !input.quiet)
/// progress.say("reading")   // " corrgraph: reading…", overwritten by the next note
/// progress.done()           // clears the line before output is written
/// ```
public struct Progress: Sendable {
    let enabled: Bool

    /// Notes shown when `enabled` (not `--quiet`) and standard error is a terminal.
    public init(enabled: Bool) {
        self.enabled = enabled && isatty(STDERR_FILENO) != 0
    }

    /// Replaces the current note with `text…` on the same terminal line.
    public func say(_ text: String) {
        guard enabled else { return }
        FileHandle.standardError.write(Data("\r\u{1B}[2K corrgraph: \(text)…".utf8))
    }

    /// Clears the note line.
    public func done() {
        guard enabled else { return }
        FileHandle.standardError.write(Data("\r\u{1B}[2K".utf8))
    }
}
