import Foundation

/// Progress notes on standard error, shown only when it is a terminal and `--quiet` is not given.
public struct Progress: Sendable {
    let enabled: Bool

    public init(enabled: Bool) {
        self.enabled = enabled && isatty(STDERR_FILENO) != 0
    }

    public func say(_ text: String) {
        guard enabled else { return }
        FileHandle.standardError.write(Data("\r\u{1B}[2K corrgraph: \(text)…".utf8))
    }

    public func done() {
        guard enabled else { return }
        FileHandle.standardError.write(Data("\r\u{1B}[2K".utf8))
    }
}
