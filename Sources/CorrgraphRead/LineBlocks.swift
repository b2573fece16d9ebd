#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// An input's bytes in blocks of whole lines: every block but the last ends with a line feed, the last
/// ends where the input does. A file is read `blockSize` bytes at a time, so a line reader holds one
/// block of it (and a line longer than a block whole, since a line is read in one piece), never the
/// whole text: the records it keeps are what grows with the input.
///
/// ```swift
/// var blocks = LineBlocks(bytes: Array("a\nb\nc".utf8))
/// try blocks.next()   // the bytes of "a\nb\nc": bytes already in memory are one block
/// ```
struct LineBlocks {
    /// Bytes read and not yet handed out.
    private var pending: [UInt8]
    /// The offset of the last line feed in `pending`, kept as bytes arrive, so that a long line is not
    /// searched again for every piece of it read.
    private var lastFeed: Int?
    /// The file the rest is read from; nil once it is read to its end (or for bytes given whole).
    private var descriptor: Int32?
    private let blockSize: Int
    /// Where the input is named in errors.
    let source: String

    /// Bytes already in memory: one block.
    init(bytes: [UInt8], source: String = "") {
        pending = bytes
        descriptor = nil
        blockSize = Int.max
        self.source = source
    }

    /// `head`, the bytes already read from `descriptor`, then the rest of it. The caller closes the
    /// descriptor after the last block.
    init(head: [UInt8], descriptor: Int32, source: String, blockSize: Int = 4 << 20) {
        pending = head
        lastFeed = head.lastIndex(of: 0x0A)
        self.descriptor = descriptor
        self.blockSize = max(1, blockSize)
        self.source = source
    }

    /// The next block of whole lines; nil after the last. Throws `ReadError` when the file cannot be read.
    mutating func next() throws -> [UInt8]? {
        while let descriptor {
            // A full block ends after its last line feed; what follows starts the next block.
            if pending.count >= blockSize, let lastFeed {
                var block = pending
                pending = Array(block[(lastFeed + 1)...])
                block.removeSubrange((lastFeed + 1)...)
                self.lastFeed = nil
                return block
            }
            let filled = pending.count
            // Up to a block; past that (a line longer than a block), a piece of at most 64 KB at a time.
            let want = pending.count < blockSize ? blockSize - pending.count : min(blockSize, 1 << 16)
            let count = try Self.append(from: descriptor, upTo: want, to: &pending, source: source)
            if count == 0 { self.descriptor = nil }
            if let feed = pending[filled...].lastIndex(of: 0x0A) { lastFeed = feed }
        }
        guard !pending.isEmpty else { return nil }
        defer { pending = [] }
        return pending
    }

    /// Reads up to `limit` bytes of `descriptor` onto the end of `bytes`; the number read, 0 at the end
    /// of the file. A read interrupted by a signal is repeated.
    static func append(from descriptor: Int32, upTo limit: Int, to bytes: inout [UInt8], source: String) throws -> Int {
        let filled = bytes.count
        bytes.append(contentsOf: repeatElement(0, count: limit))
        while true {
            let count = bytes.withUnsafeMutableBufferPointer { buffer in
                readBytes(descriptor, buffer.baseAddress! + filled, limit)
            }
            if count < 0, errno == EINTR { continue }
            bytes.removeLast(limit - max(count, 0))
            guard count >= 0 else { throw ReadError(source: source, reason: "cannot read file") }
            return count
        }
    }
}

/// read(2), named apart from the readers' `read` methods.
private func readBytes(_ descriptor: Int32, _ buffer: UnsafeMutableRawPointer, _ count: Int) -> Int {
    read(descriptor, buffer, count)
}
