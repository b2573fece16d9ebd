import Dispatch
import Foundation

/// Runs work over a fixed partition of `0..<count` into chunks on several threads, and hands the
/// chunk results back **in chunk order**, so that anything summed from them is bit-for-bit the same
/// whatever the thread count.
///
/// The partition depends only on `count` (never on the number of threads): threads only decide
/// how many chunks run at once. Chunks run in waves of `threads × chunksPerThread`, handed to
/// threads as they come free; after each wave the caller folds the wave's results in ascending chunk
/// order, so at most `threads × chunksPerThread` partial results live at once.
///
/// ```swift
/// var total = 0.0
/// ParallelChunks(count: 1000).run(threads: 4, chunk: { range in range.reduce(0.0) { $0 + Double($1) } },
///                                 combine: { total += $0 })
/// ```
struct ParallelChunks {
    let count: Int
    /// Number of chunks: fixed from `count` alone, so that results do not depend on the machine.
    let chunkCount: Int

    init(count: Int, maximumChunks: Int = 256) {
        self.count = count
        chunkCount = count == 0 ? 0 : min(count, maximumChunks)
    }

    /// The items of chunk `index`: contiguous, balanced to within one item.
    func range(of index: Int) -> Range<Int> {
        let base = count / chunkCount, extra = count % chunkCount
        let start = index * base + min(index, extra)
        return start..<(start + base + (index < extra ? 1 : 0))
    }

    /// The number of threads to use when the caller does not say: every core.
    static var defaultThreads: Int { max(1, ProcessInfo.processInfo.activeProcessorCount) }

    /// `observer` is told (items done, items in all) on the caller's thread after every wave (progress notes).
    func run<Partial>(threads: Int?, observer: SourcesObserver? = nil, chunk: (Range<Int>) -> Partial,
                      combine: (Partial) -> Void) {
        let width = max(1, min(threads ?? ParallelChunks.defaultThreads, chunkCount))
        var first = 0
        while first < chunkCount {
            // Several chunks per thread in a wave, handed out as threads come free: one slow chunk
            // no longer keeps the other threads idle until the wave ends.
            let wave = min(width == 1 ? 1 : width * ParallelChunks.chunksPerThread, chunkCount - first)
            let slots = ResultSlots<Partial>(count: wave)
            if wave == 1 {
                slots.store(chunk(range(of: first)), at: 0)
            } else {
                let base = first
                let dispenser = ChunkDispenser(count: wave)
                // Each chunk writes only its own slot; the slots are read after the call returns.
                withoutActuallyEscaping(chunk) { body in
                    let box = UncheckedBox(body)
                    DispatchQueue.concurrentPerform(iterations: min(width, wave)) { _ in
                        while let i = dispenser.next() {
                            slots.store(box.value(range(of: base + i)), at: i)
                        }
                    }
                }
            }
            for i in 0..<wave { combine(slots.take(i)) }
            first += wave
            observer?(range(of: first - 1).upperBound, count)
        }
    }
}

extension ParallelChunks {
    /// Chunks per thread in one wave: at most `threads × chunksPerThread` partial results live at once.
    static let chunksPerThread = 4
}

/// Hands out the indices `0..<count` once each to whichever thread asks next.
private final class ChunkDispenser: @unchecked Sendable {
    private let lock = NSLock()
    private var taken = 0
    private let count: Int
    init(count: Int) { self.count = count }
    func next() -> Int? {
        lock.lock()
        defer { lock.unlock() }
        guard taken < count else { return nil }
        taken += 1
        return taken - 1
    }
}

/// Told (sources done, sources in all) as a path-based measure proceeds, for progress notes.
public typealias SourcesObserver = @Sendable (_ done: Int, _ total: Int) -> Void

/// Per-chunk result storage written from worker threads, each slot by exactly one thread.
/// Raw storage rather than an array property: concurrent `modify` accesses to one class property
/// would trip Swift's dynamic exclusivity checks even at disjoint indices.
private final class ResultSlots<T>: @unchecked Sendable {
    private let items: UnsafeMutablePointer<T?>
    private let count: Int
    init(count: Int) {
        self.count = count
        items = .allocate(capacity: count)
        items.initialize(repeating: nil, count: count)
    }
    deinit {
        items.deinitialize(count: count)
        items.deallocate()
    }
    func store(_ value: T, at index: Int) { items[index] = value }
    func take(_ index: Int) -> T { items[index]! }
}

/// Carries a non-Sendable closure into `concurrentPerform`; sound here because the closure only
/// reads shared immutable state and writes into its own slot.
private struct UncheckedBox<T>: @unchecked Sendable {
    let value: T
    init(_ value: T) { self.value = value }
}

extension ParallelChunks {
    /// Runs `body` once for every index of `0..<count`, in parallel; for independent per-item results
    /// (each index writes only its own output slot), where order cannot matter.
    static func forEach(count: Int, threads: Int?, _ body: (Int) -> Void) {
        let chunks = ParallelChunks(count: count)
        chunks.run(threads: threads, chunk: { range in for i in range { body(i) } }, combine: { _ in })
    }
}

/// A shared output buffer that parallel workers fill at disjoint indices.
/// (Raw storage for the same exclusivity reason as `ResultSlots`.)
final class DisjointWrites<T>: @unchecked Sendable {
    private let storage: UnsafeMutablePointer<T>
    let count: Int
    init(repeating value: T, count: Int) {
        self.count = count
        storage = .allocate(capacity: max(count, 1))
        storage.initialize(repeating: value, count: count)
    }
    deinit {
        storage.deinitialize(count: count)
        storage.deallocate()
    }
    func set(_ index: Int, _ value: T) { storage[index] = value }
    var values: [T] { Array(UnsafeBufferPointer(start: storage, count: count)) }
}
